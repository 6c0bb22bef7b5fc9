import React, { type FC, type ReactElement } from 'react';
import { Box, IconButton, Tooltip } from '@wix/design-system';
import { Delete, Block, Duplicate, Edit, ExternalLink, QR } from '@wix/wix-ui-icons-common';
import type { ShareLinkRecord } from '../../common/link-history';
import { viewsKit } from '../shared/load-views-kit';
import { canChange } from './link-display';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  link: ShareLinkRecord;
  onQr: (link: ShareLinkRecord) => void;
  onEdit: (link: ShareLinkRecord) => void;
  onTurnOff: (link: ShareLinkRecord) => void;
  onDelete: (link: ShareLinkRecord) => void;
};

type Action = { hook: string; tip: string; label: string; icon: ReactElement; onClick?: () => void; href?: string; disabled?: boolean };

/**
 * Icon buttons, each named for screen readers and explained by a tooltip. A link made with several formats acts
 * on its first (the file as uploaded unless other formats were chosen); the CSV lists every one. A secure link can
 * be changed and turned off; a direct link's Turn off stays in its place, disabled, and its tooltip says why.
 */
export const LinkActions: FC<Props> = ({ link, onQr, onEdit, onTurnOff, onDelete }) => {
  const { useClipboard } = viewsKit();
  const copy = useClipboard();
  const url = link.links[0]?.url;
  const { fileName } = link;
  const actions: Action[] = [
    ...(url
      ? [
          { hook: dataHooks.linkCopy, tip: m.copy, label: m.copyLabel({ fileName }), icon: <Duplicate />, onClick: () => void copy(url, m.copied, m.copyBlocked) },
          { hook: dataHooks.linkOpen, tip: m.open, label: m.openLabel({ fileName }), icon: <ExternalLink />, href: url },
          { hook: dataHooks.linkQr, tip: m.qrCode, label: m.qrLabel({ fileName }), icon: <QR />, onClick: () => onQr(link) },
        ]
      : []),
    ...(canChange(link)
      ? [
          { hook: dataHooks.linkEdit, tip: m.edit, label: m.editLabel({ fileName }), icon: <Edit />, onClick: () => onEdit(link) },
          { hook: dataHooks.revokeLinkButton, tip: m.turnOff, label: m.turnOffLabel({ fileName }), icon: <Block />, onClick: () => onTurnOff(link) },
        ]
      : []),
    ...(link.kind === 'DIRECT'
      ? [{ hook: dataHooks.revokeLinkButton, tip: m.turnOffDirect, label: m.turnOffDirectLabel({ fileName }), icon: <Block />, disabled: true }]
      : []),
    { hook: dataHooks.linkDelete, tip: m.delete, label: m.deleteLabel({ fileName }), icon: <Delete />, onClick: () => onDelete(link) },
  ];
  return (
    <Box gap="SP1" verticalAlign="middle">
      {actions.map((action) => (
        <Tooltip key={action.hook} content={action.tip} size="small">
          {action.href ? (
            <IconButton
              size="small"
              priority="secondary"
              as="a"
              href={action.href}
              target="_blank"
              rel="noopener noreferrer"
              dataHook={action.hook}
              ariaLabel={action.label}
            >
              {action.icon}
            </IconButton>
          ) : (
            <IconButton
              size="small"
              priority="secondary"
              dataHook={action.hook}
              ariaLabel={action.label}
              disabled={action.disabled}
              onClick={action.onClick}
            >
              {action.icon}
            </IconButton>
          )}
        </Tooltip>
      ))}
    </Box>
  );
};
