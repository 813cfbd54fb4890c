import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { statusView, type EntryStatus, TONE_COLOURS } from './status-text';
import { usePolled } from './use-polled';
import { useScheduleChanges } from './use-schedule-changes';

/** The edit view's panel props (content-manager's EditViewContext), as far as used here. */
type PanelProps = {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
  meta?: { availableStatus?: { publishedAt?: string | null }[] } | null;
};

/** "Op de site": where the entry stands on the public site, updating by itself until it is live. */
function PublishStatus({ model, documentId, version }: { model: string; documentId: string; version: string }) {
  const scheduleChanges = useScheduleChanges();
  const { data, failed } = usePolled<EntryStatus>(
    `/wsd-publishing/entries/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}`,
    `${version}|${scheduleChanges}`,
    (answer) => statusView(answer).pollMs,
  );
  if (!data)
    return <Typography textColor="neutral600">{failed ? 'De publicatiestatus kon niet worden opgehaald.' : 'Status ophalen…'}</Typography>;
  const view = statusView(data);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="wsd-publish-status" data-state={data.state}>
      <Typography fontWeight="semiBold" textColor={TONE_COLOURS[view.tone]} role="status" aria-live="polite">
        {view.text}
      </Typography>
      {view.path && view.url ? (
        <Box>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {view.path}
          </Typography>
          <Link href={view.url} isExternal>
            Bekijk op site
          </Link>
        </Box>
      ) : null}
      {view.scheduled ? <Typography textColor="neutral600">{view.scheduled}</Typography> : null}
    </Flex>
  );
}

/**
 * The edit view's side panel. It is asked again whenever the document changes (a publish
 * makes a new published version) or its schedule does, which restarts the status polling.
 */
export const PublishStatusPanel = ({ model, documentId, document, meta }: PanelProps) => {
  if (!documentId || !model.startsWith('api::')) return null;
  const version = [document?.updatedAt, ...(meta?.availableStatus ?? []).map((s) => s.publishedAt)].join('|');
  return { title: 'Op de site', content: <PublishStatus model={model} documentId={documentId} version={version} /> };
};
