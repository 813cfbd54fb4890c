import { useEffect, useState } from 'react';
import { useQueryClient } from 'react-query';

/**
 * A number that goes up whenever the scheduling plugin (strapi-plugin-publisher) has fetched
 * its planned actions anew, which it does after every "Inplannen", change or cancel. The
 * plugin keeps them in the admin's shared react-query cache; listening there lets the panel
 * "Op de site" show "Gepland op …" at once instead of at its next poll.
 */
export function useScheduleChanges(): number {
  const queryClient = useQueryClient();
  const [changes, setChanges] = useState(0);
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event?.type !== 'queryUpdated' || event.action.type !== 'success') return;
        if (event.query.queryKey[0] === 'publisher' && event.query.queryKey[1] === 'entity-action') setChanges((n) => n + 1);
      }),
    [queryClient],
  );
  return changes;
}
