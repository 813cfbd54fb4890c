import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { usePolled } from '../publish-status/use-polled';
import { formatCompactDate } from '@wsd/shared-types/dutch-dates';
import { isToManyRelation, relationNames, relationPath, type RelationPage } from './list-cells';

type Header = {
  name: string;
  attribute: { type: string; relation?: string };
  mainField?: { name: string };
  cellFormatter?: unknown;
};
type Row = { documentId?: string } & Record<string, unknown>;

const once = () => null;
const dash = <Typography textColor="neutral500">–</Typography>;

/** The related entries' names, fetched for the row's cell; a dash when there are none. */
function RelationNamesCell({ path, mainField }: { path: string | null; mainField: string }) {
  const { formatMessage } = useIntl();
  const { data, failed } = usePolled<RelationPage>(path, path ?? '', once);
  if (!path || failed || (data && data.results.length === 0)) return dash;
  if (!data) return <Typography textColor="neutral500">…</Typography>;
  const names = relationNames(data, mainField, formatMessage({ id: 'content-manager.containers.empty-label', defaultMessage: 'Naamloos' }));
  return (
    <Typography textColor="neutral800" ellipsis maxWidth="12rem" title={names}>
      {names}
    </Typography>
  );
}

/** A cell formatter for the columns shown otherwise here, or undefined to keep Strapi's. */
function formatterFor(header: Header) {
  const field = header.name.split('.')[0]!;
  const { type } = header.attribute;
  if (isToManyRelation(header.attribute) && header.mainField) {
    const mainField = header.mainField.name;
    return (row: Row, _header: unknown, { model }: { model: string }) => {
      const count = (row[field] as { count?: number } | undefined)?.count;
      const path = row.documentId && count !== 0 ? relationPath(model, row.documentId, field) : null;
      return <RelationNamesCell path={path} mainField={mainField} />;
    };
  }
  if (type === 'date' || type === 'datetime')
    return (row: Row) => {
      const text = formatCompactDate(row[field], type);
      return text ? <Typography textColor="neutral800">{text}</Typography> : dash;
    };
  return undefined;
}

/**
 * Hook Admin/CM/pages/ListView/inject-column-in-table: to-many relation columns show names, not
 * "2 items", and dates drop the weekday ("3 dec 2026"), so all columns fit a 1440-pixel screen.
 */
export function readableListColumns<T extends { displayedHeaders: Header[] }>(args: T): T {
  const displayedHeaders = args.displayedHeaders.map((header) => {
    const cellFormatter = header.cellFormatter ? undefined : formatterFor(header);
    return cellFormatter ? { ...header, cellFormatter } : header;
  });
  return { ...args, displayedHeaders };
}
