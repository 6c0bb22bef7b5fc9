import React, { type FC, type ReactNode } from 'react';
import { Box, Table, Text } from '@wix/design-system';
import type { ShareLinkRecord } from '../../common/link-history';
import { formatDate } from '../../common/format';
import { viewsKit } from '../shared/load-views-kit';
import { linksViewMessages as m } from './messages';
import { LinkActions } from './LinkActions';
import { LinkFileCell } from './LinkFileCell';
import { LinkStatusCell } from './LinkStatusCell';
import { canChange } from './link-display';
import { SelectCheckbox } from '../shared/SelectCheckbox';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  rows: ShareLinkRecord[];
  now: Date;
  zone: string;
  locale: string;
  /** Too narrow for every column: label, created and expiry move under the file name. */
  compact: boolean;
  /** Checked links, by id; only links that can be turned off have a checkbox. */
  selectedIds: ReadonlySet<string>;
  onToggle: (links: ShareLinkRecord[], checked: boolean) => void;
  onQr: (link: ShareLinkRecord) => void;
  onEdit: (link: ShareLinkRecord) => void;
  onTurnOff: (link: ShareLinkRecord) => void;
  onDelete: (link: ShareLinkRecord) => void;
  toolbar: ReactNode;
  children?: ReactNode;
};

export const LinksTable: FC<Props> = (props) => {
  const { rows, now, zone, locale, compact, selectedIds, onToggle, onQr, onEdit, onTurnOff, onDelete, toolbar, children } = props;
  const selectable = rows.filter(canChange);
  const { formatMoment, formatRelative } = viewsKit();
  const created = (link: ShareLinkRecord) => formatDate(new Date(link.createdAt), locale, zone);
  const expiry = (link: ShareLinkRecord) => {
    const at = new Date(link.expiresAt);
    return m.expiry({ relative: formatRelative(at, now, locale), moment: formatMoment(at, locale, zone) });
  };
  const details = (link: ShareLinkRecord) =>
    link.label ? m.compactDetails({ label: link.label, created: created(link) }) : m.compactDetailsUnlabelled({ created: created(link) });
  const wideColumns = [
    {
      title: m.columnLabel,
      key: 'label',
      width: '16%',
      render: (link: ShareLinkRecord) => (
        <Text size="small" ellipsis dataHook={dataHooks.linkLabel}>
          {link.label ?? m.noLabel}
        </Text>
      ),
    },
    { title: m.columnCreated, key: 'created', width: '120px', render: (link: ShareLinkRecord) => <Text size="small">{created(link)}</Text> },
  ];
  const expiryText = (link: ShareLinkRecord) => (
    <Text size={compact ? 'tiny' : 'small'} secondary={compact} dataHook={dataHooks.linkExpires}>
      {expiry(link)}
    </Text>
  );
  const columns = [
    {
      title: (
        <SelectCheckbox
          dataHook={dataHooks.linksSelectAll}
          label={m.selectAllLinks}
          checked={selectable.length > 0 && selectable.every((link) => selectedIds.has(link.linkId))}
          onChange={(checked) => onToggle(selectable, checked)}
        />
      ),
      width: '48px',
      key: 'select',
      render: (link: ShareLinkRecord) =>
        canChange(link) ? (
          <SelectCheckbox
            dataHook={dataHooks.linkSelect}
            label={m.selectLink({ fileName: link.fileName })}
            checked={selectedIds.has(link.linkId)}
            onChange={(checked) => onToggle([link], checked)}
          />
        ) : null,
    },
    {
      title: m.columnFile,
      key: 'file',
      width: compact ? undefined : '22%',
      render: (link: ShareLinkRecord) =>
        compact ? (
          <LinkFileCell link={link} details={details(link)}>
            {expiryText(link)}
          </LinkFileCell>
        ) : (
          <LinkFileCell link={link} />
        ),
    },
    ...(compact ? [] : [...wideColumns, { title: m.columnExpires, key: 'expires', width: '22%', render: expiryText }]),
    {
      title: m.columnStatus,
      key: 'status',
      width: '150px',
      render: (link: ShareLinkRecord) => <LinkStatusCell link={link} now={now} zone={zone} locale={locale} />,
    },
    {
      title: '',
      key: 'actions',
      // Up to six icon buttons; without a fixed width the table squeezes this column and pushes them out of the card.
      width: '206px',
      align: 'end' as const,
      render: (link: ShareLinkRecord) => <LinkActions link={link} onQr={onQr} onEdit={onEdit} onTurnOff={onTurnOff} onDelete={onDelete} />,
    },
  ];
  return (
    <Table dataHook={dataHooks.linksTable} data={rows} columns={columns} rowDataHook={dataHooks.linksRow} showHeaderWhenEmpty>
      <Table.ToolbarContainer>{() => toolbar}</Table.ToolbarContainer>
      <Table.Content />
      <Box direction="vertical">{children}</Box>
    </Table>
  );
};
