import React, { type FC } from 'react';
import { Box, FormField, RadioGroup, Text } from '@wix/design-system';
import type { ContentDisposition } from '../../common/share-links';
import type { FormErrors, FormValues } from './form-values';
import { messages } from '../shared/messages';
import { TextField } from './TextField';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  values: FormValues;
  errors: FormErrors;
  singleFile: boolean;
  onChange: (change: Partial<FormValues>) => void;
};

/** How the link behaves for the recipient: download or view, under which name, and where it leads once expired. */
export const DeliveryFields: FC<Props> = ({ values, errors, singleFile, onChange }) => (
  <Box direction="vertical" gap="SP4">
    <FormField label={messages.form.dispositionLabel} dataHook={dataHooks.dispositionField}>
      <Box direction="vertical" gap="SP2">
        <RadioGroup
          dataHook={dataHooks.disposition}
          value={values.disposition}
          onChange={(value) => onChange({ disposition: value as ContentDisposition })}
        >
          <RadioGroup.Radio value="ATTACHMENT">{messages.form.dispositionDownload}</RadioGroup.Radio>
          <RadioGroup.Radio value="INLINE">{messages.form.dispositionInline}</RadioGroup.Radio>
        </RadioGroup>
        <Text size="tiny" secondary>
          {messages.form.dispositionHelp}
        </Text>
      </Box>
    </FormField>
    {singleFile && (
      <TextField
        id={dataHooks.downloadFileName}
        label={messages.form.fileNameLabel}
        value={values.fileName}
        onChange={(fileName) => onChange({ fileName })}
        help={messages.form.fileNameHelp}
        error={errors.fileName ? messages.form.fileNameInvalid : undefined}
      />
    )}
    <TextField
      id={dataHooks.redirectUrl}
      label={messages.form.redirectLabel}
      placeholder={messages.form.redirectPlaceholder}
      value={values.redirectUrl}
      onChange={(redirectUrl) => onChange({ redirectUrl })}
      help={messages.form.redirectHelp}
      error={errors.redirectUrl ? messages.form.redirectInvalid : undefined}
    />
  </Box>
);
