import React, { type FC } from 'react';
import { Badge, Box, Text } from '@wix/design-system';
import type { ShareLinkRecord } from '../../common/link-history';
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

/** The status badge, and under it the downloads a secure link has counted ("3 of 5 downloads"). */
export const LinkStatusCell: FC<{ link: ShareLinkRecord; now: Date }> = ({ link, now }) => {
  const status = displayStatus(link, now);
  const downloads = downloadFigures(link);
  return (
    <Box direction="vertical" gap="SP1" align="left">
      <Badge size="small" uppercase={false} skin={SKINS[status]} dataHook={dataHooks.linkStatus}>
        {statusNames[status]}
      </Badge>
      {downloads && (
        <Text size="tiny" secondary dataHook={dataHooks.linkDownloads}>
          {downloads.max === undefined ? m.downloadsUnlimited({ count: downloads.count }) : m.downloads({ count: downloads.count, max: downloads.max })}
        </Text>
      )}
    </Box>
  );
};
