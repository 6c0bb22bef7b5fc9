import React, { type FC, type ReactNode } from 'react';
import { Box, Heading, Modal } from '@wix/design-system';

type Props = { dataHook: string; title: string; onClose: () => void; children: ReactNode; actions: ReactNode };

/**
 * A WDS Modal with a title, a body and buttons; Escape and a click outside close it. Not WDS's modal layouts: their
 * help-button icon is also used by the link panel's side panel, and a module that only the two lazy chunks share
 * becomes a third chunk the panel would then need as well (see shared/lazy-chunk).
 */
export const Dialog: FC<Props> = ({ dataHook, title, onClose, children, actions }) => (
  <Modal isOpen onRequestClose={onClose} shouldCloseOnOverlayClick contentLabel={title}>
    <Box dataHook={dataHook} direction="vertical" gap="SP4" padding="SP6" backgroundColor="D80" borderRadius="8px" maxWidth="480px">
      <Heading size="medium" as="h2">
        {title}
      </Heading>
      {children}
      <Box gap="SP2" align="right">
        {actions}
      </Box>
    </Box>
  </Modal>
);
