import React, { type FC, type ReactElement } from 'react';
import { Box, IconButton, Tooltip } from '@wix/design-system';
import { Delete, Duplicate, ExternalLink, QR } from '@wix/wix-ui-icons-common';
import type { ShareLinkRecord } from '../../common/link-history';
import { useClipboard } from '../link-panel';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

type Props = { link: ShareLinkRecord; onQr: (link: ShareLinkRecord) => void; onDelete: (link: ShareLinkRecord) => void };

type Action = { hook: string; tip: string; label: string; icon: ReactElement; onClick?: () => void; href?: string };

/**
 * Icon buttons, each named for screen readers and explained by a tooltip. A link made with several formats acts
 * on its first (the file as uploaded unless other formats were chosen); the CSV lists every one.
 */
export const LinkActions: FC<Props> = ({ link, onQr, onDelete }) => {
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
            <IconButton size="small" priority="secondary" dataHook={action.hook} ariaLabel={action.label} onClick={action.onClick}>
              {action.icon}
            </IconButton>
          )}
        </Tooltip>
      ))}
    </Box>
  );
};
