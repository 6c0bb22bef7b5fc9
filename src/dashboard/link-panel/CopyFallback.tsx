import React, { type FC } from 'react';
import { Box, InputArea, Text } from '@wix/design-system';
import { dataHooks } from '../shared/data-hooks';

/** When the clipboard is blocked, the text is put in a focused, selected field so Ctrl+C is all that is left to do. */
export const CopyFallback: FC<{ text: string; hint: string; label: string }> = ({ text, hint, label }) => (
  <Box direction="vertical" gap="SP1" dataHook={dataHooks.copyFallback}>
    <Text size="tiny" skin="error" aria-live="assertive">
      {hint}
    </Text>
    <InputArea
      dataHook={dataHooks.copyFallbackText}
      ariaLabel={label}
      value={text}
      readOnly
      autoFocus
      rows={Math.min(6, text.split('\n').length + 1)}
      onFocus={(e) => e?.target.select()}
    />
  </Box>
);
