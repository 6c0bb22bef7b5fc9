import React, { type FC } from 'react';
import { Badge, Box, Text } from '@wix/design-system';
import type { ShareLinkRecord } from '../../common/link-history';
import { viewsKit } from '../shared/load-views-kit';
import { displayStatus, downloadFigures, type DisplayStatus } from './link-display';
import { statusNames } from './choice-names';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

// The light skins: white text on WDS's solid orange fails WCAG contrast (axe color-contrast).
const SKINS: Readonly<Record<DisplayStatus, 'neutralSuccess' | 'warningLight' | 'neutralLight' | 'neutralDanger' | 'neutralStandard'>> = {
  ACTIVE: 'neutralSuccess',
  EXPIRES_SOON: 'warningLight',
  EXPIRED: 'neutralLight',
  REVOKED: 'neutralDanger',
  USED_UP: 'neutralStandard',
};

type Props = { link: ShareLinkRecord; now: Date; zone: string; locale: string };

/**
 * The status badge, and under it what a secure link has counted: downloads ("3 of 5 downloads"), when it was last
 * used (in the owner's zone, named) and wrong passwords typed.
 */
export const LinkStatusCell: FC<Props> = ({ link, now, zone, locale }) => {
  const status = displayStatus(link, now);
  const downloads = downloadFigures(link);
  const lastUsed = link.lastDownloadAt ? new Date(link.lastDownloadAt) : undefined;
  const { formatMoment, formatRelative } = viewsKit();
  return (
    <Box direction="vertical" gap="SP1" align="left">
      <Badge size="small" uppercase={false} skin={SKINS[status]} dataHook={dataHooks.linkStatus}>
        {statusNames()[status]}
      </Badge>
      {downloads && (
        <Text size="tiny" secondary dataHook={dataHooks.linkDownloads}>
          {downloads.max === undefined ? m.downloadsUnlimited({ count: downloads.count }) : m.downloads({ count: downloads.count, max: downloads.max })}
        </Text>
      )}
      {lastUsed && (
        <Text size="tiny" secondary dataHook={dataHooks.linkLastUsed}>
          {m.lastUsed({ relative: formatRelative(lastUsed, now, locale), moment: formatMoment(lastUsed, locale, zone) })}
        </Text>
      )}
      {link.failedPasswordAttempts ? (
        <Text size="tiny" skin="error" dataHook={dataHooks.linkWrongPasswords}>
          {m.wrongPasswords({ count: link.failedPasswordAttempts })}
        </Text>
      ) : null}
    </Box>
  );
};
