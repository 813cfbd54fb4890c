import { Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { liveLink } from './live-links';

type Row = { documentId?: string; status?: string };
type Header = {
  name: string;
  label: unknown;
  attribute: { type: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter?: unknown;
};

/** "Bekijk op site" for a published row whose page is live; a dash otherwise. */
function LiveLinkCell({ model, documentId }: { model: string; documentId: string }) {
  const { get } = useFetchClient();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void liveLink(get, model, documentId).then((found) => current && setUrl(found));
    return () => {
      current = false;
    };
  }, [get, model, documentId]);
  if (!url) return <Typography textColor="neutral500">–</Typography>;
  return (
    <Link href={url} isExternal onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}>
      Bekijk op site
    </Link>
  );
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
      row.documentId && row.status !== 'draft' && model.startsWith('api::') ? (
        <LiveLinkCell model={model} documentId={row.documentId} />
      ) : null,
  };
  return { ...args, displayedHeaders: [...args.displayedHeaders, column] };
}
