import { Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { rowStatus, type RowStatus } from './live-links';
import { formatCompactDate } from '@wsd/shared-types/dutch-dates';

type Row = { documentId?: string };
type Header = {
  name: string;
  label: unknown;
  attribute: { type: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter?: unknown;
};

/** "Bekijk op site" for a row whose page is live, "Gepland op …" for a scheduled one, a dash otherwise. */
function LiveLinkCell({ model, documentId }: { model: string; documentId: string }) {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<RowStatus>({ url: null, scheduledAt: null });
  useEffect(() => {
    let current = true;
    void rowStatus(get, model, documentId).then((found) => current && setStatus(found));
    return () => {
      current = false;
    };
  }, [get, model, documentId]);
  if (status.url)
    return (
      <Link href={status.url} isExternal onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}>
        Bekijk op site
      </Link>
    );
  // On two lines ("Gepland op" / "4 dec 2026 09:31"), so the column stays narrow.
  if (status.scheduledAt)
    return (
      <Typography textColor="neutral600" tag="span" style={{ display: 'inline-block', maxWidth: '11rem', whiteSpace: 'normal' }}>
        Gepland op {formatCompactDate(status.scheduledAt, 'datetime')}
      </Typography>
    );
  return <Typography textColor="neutral500">–</Typography>;
}

/** The list views' extra column (content-manager hook Admin/CM/pages/ListView/inject-column-in-table). */
export function addLiveLinkColumn<T extends { displayedHeaders: Header[] }>(args: T): T {
  const column: Header = {
    name: 'wsdLiveLink',
    label: { id: 'wsd.list.live-link', defaultMessage: 'Op de site' },
    attribute: { type: 'string' },
    searchable: false,
    sortable: false,
    cellFormatter: (row: Row, _header: unknown, { model }: { model: string }) =>
      row.documentId && model.startsWith('api::') ? <LiveLinkCell model={model} documentId={row.documentId} /> : null,
  };
  return { ...args, displayedHeaders: [...args.displayedHeaders, column] };
}
