import React, { type FC } from 'react';
import { Box, Checkbox, FormField, Text } from '@wix/design-system';
import { linkPanelMessages } from './messages';
import { formatName } from './asset-formats';
import { dataHooks, formatHook } from '../shared/data-hooks';

type Props = { formats: readonly string[]; value: string[]; onChange: (keys: string[]) => void; invalid: boolean };

/** Only audio and video have renditions; for other files the original is the only format, so nothing is shown. */
export const FormatField: FC<Props> = ({ formats, value, onChange, invalid }) => {
  if (formats.length < 2) return null;
  const toggle = (key: string, on: boolean) =>
    onChange(on ? formats.filter((k) => k === key || value.includes(k)) : value.filter((k) => k !== key));
  return (
    <FormField
      label={linkPanelMessages.formatsLabel}
      dataHook={dataHooks.formatsField}
      status={invalid ? 'error' : undefined}
      statusMessage={invalid ? linkPanelMessages.formatsNone : undefined}
    >
      <Box direction="vertical" gap="SP2">
        {formats.map((key) => (
          <Checkbox key={key} dataHook={formatHook(key)} checked={value.includes(key)} onChange={(e) => toggle(key, e.target.checked)}>
            {formatName(key)}
          </Checkbox>
        ))}
        <Text size="tiny" secondary>
          {linkPanelMessages.formatsHelp}
        </Text>
      </Box>
    </FormField>
  );
};
