import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, Widget } from '@strapi/strapi/admin';
import { useState } from 'react';
import { buildRow, liveLine, type BuildsAnswer, TONE_COLOURS } from './status-text';
import { usePolled } from './use-polled';

/** Polls fast while the site is being built, slowly otherwise. */
const nextPoll = (answer: BuildsAnswer) => (answer.state === 'connected' && (answer.building || answer.waiting > 0) ? 2000 : 15_000);

/** "Site opnieuw bouwen", for the hoofdredactie: a full rebuild through the CMS. */
function RebuildButton({ onRequested }: { onRequested: () => void }) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  const rebuild = async () => {
    setBusy(true);
    try {
      await post('/wsd-publishing/rebuild', {});
      toggleNotification({ type: 'success', message: 'De site wordt opnieuw gebouwd; dat duurt meestal een halve minuut.' });
      onRequested();
    } catch {
      toggleNotification({ type: 'danger', message: 'Opnieuw bouwen is niet gelukt: de publicatieservice antwoordt niet.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" size="S" loading={busy} onClick={() => void rebuild()}>
      Site opnieuw bouwen
    </Button>
  );
}

/** The homepage widget: the live state and the last builds (when, what changed, how long, result). */
export function BuildsWidget() {
  const [asked, setAsked] = useState(0);
  const { data, failed } = usePolled<BuildsAnswer>('/wsd-publishing/builds', String(asked), nextPoll);
  if (!data) return failed ? <Widget.Error>De publicatiestatus kon niet worden opgehaald.</Widget.Error> : <Widget.Loading />;
  const live = liveLine(data);
  const rows = data.state === 'connected' ? data.builds.map((build) => buildRow(build)) : [];
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="wsd-builds-widget">
      <Flex justifyContent="space-between" gap={2}>
        <Typography fontWeight="semiBold" textColor={TONE_COLOURS[live.tone]} role="status">
          {live.text}
        </Typography>
        {data.mayRebuild ? <RebuildButton onRequested={() => setAsked((n) => n + 1)} /> : null}
      </Flex>
      <Box tag="ol" aria-label="Laatste publicaties">
        {rows.map((row) => (
          <Box tag="li" key={row.key} paddingBottom={2}>
            <Typography variant="omega" tag="p">
              <time>{row.when}</time> · <Typography textColor={TONE_COLOURS[row.tone]}>{row.result}</Typography>
            </Typography>
            {row.changes.map((change) => (
              <Typography key={change} variant="pi" textColor="neutral600" tag="p">
                {change}
              </Typography>
            ))}
            {row.failure ? (
              <Typography variant="pi" textColor="danger600" tag="p">
                {row.failure}
              </Typography>
            ) : null}
          </Box>
        ))}
      </Box>
    </Flex>
  );
}
