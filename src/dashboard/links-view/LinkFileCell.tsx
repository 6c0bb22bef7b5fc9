import React, { type FC, type ReactElement, type ReactNode } from 'react';
import { Box, Text } from '@wix/design-system';
import { Archive, Document, Image, Music, Objects, Vector, VideoCamera } from '@wix/wix-ui-icons-common';
import type { ShareLinkRecord } from '../../common/link-history';
import { dataHooks } from '../shared/data-hooks';

const TYPE_ICONS: Readonly<Record<string, ReactElement>> = {
  IMAGE: <Image />,
  VIDEO: <VideoCamera />,
  AUDIO: <Music />,
  VECTOR: <Vector />,
  ARCHIVE: <Archive />,
  MODEL3D: <Objects />,
};

/** The file a link opens: its type as an icon (the name says the rest) and the name it had when the link was made. */
export const LinkFileCell: FC<{ link: ShareLinkRecord; details?: string; children?: ReactNode }> = ({ link, details, children }) => (
  <Box gap="SP2" verticalAlign="middle">
    <Box flexShrink={0} color="D20" aria-hidden>
      {TYPE_ICONS[link.mediaType] ?? <Document />}
    </Box>
    <Box direction="vertical" gap="SP1" minWidth={0}>
      <Text size="small" weight="bold" ellipsis dataHook={dataHooks.linkFileName}>
        {link.fileName}
      </Text>
      {details && (
        <Text size="tiny" secondary ellipsis dataHook={dataHooks.linkDetails}>
          {details}
        </Text>
      )}
      {children}
    </Box>
  </Box>
);
