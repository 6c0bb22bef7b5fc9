import React, { type FC } from 'react';
import { Box, Button, Text, TextButton } from '@wix/design-system';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

type Props = { count: number; onCreate: () => void; onClear: () => void };

/** Shown while files are ticked: the bulk counterpart of the row action. */
export const BulkBar: FC<Props> = ({ count, onCreate, onClear }) => (
  <Box padding="SP2 SP4" gap="SP3" verticalAlign="middle" flexWrap="wrap" dataHook={dataHooks.bulkBar}>
    <Text size="small" weight="bold">
      {pageMessages.selectedCount({ count })}
    </Text>
    <Button size="small" dataHook={dataHooks.bulkCreateLinkButton} onClick={onCreate}>
      {pageMessages.createLinks({ count })}
    </Button>
    <TextButton size="small" onClick={onClear}>
      {pageMessages.clearSelection}
    </TextButton>
  </Box>
);
