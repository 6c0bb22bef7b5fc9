import React, { type ComponentProps, type FC } from 'react';
import { Box } from '@wix/design-system';

type Props = { title: string; dataHook: string } & Omit<ComponentProps<typeof Box>, 'dataHook' | 'ariaLabel'>;

/**
 * The place at the window's right edge where the link panel sits, and its placeholder before it arrives: one
 * definition, so the placeholder covers exactly the panel's place and both are the same landmark to a screen reader.
 */
export const PanelDock: FC<Props> = ({ title, dataHook, children, ...layout }) => (
  <Box
    dataHook={dataHook}
    position="fixed"
    top={0}
    right={0}
    height="100vh"
    zIndex={10}
    role="complementary"
    ariaLabel={title}
    {...layout}
  >
    {children}
  </Box>
);
