import React, { type FC } from 'react';
import { Box, FormField, Input, RadioGroup, Text } from '@wix/design-system';
import type { ContentDisposition } from '../../common/share-links';
import type { FormErrors, FormValues } from '../form-values';
import { messages } from '../messages';

type Props = {
  values: FormValues;
  errors: FormErrors;
  singleFile: boolean;
  onChange: (change: Partial<FormValues>) => void;
};

/** How the link behaves for the recipient: download or view, under which name, and where it leads once expired. */
export const DeliveryFields: FC<Props> = ({ values, errors, singleFile, onChange }) => (
  <Box direction="vertical" gap="SP4">
    <FormField label={messages.form.dispositionLabel} dataHook="disposition-field">
      <Box direction="vertical" gap="SP2">
        <RadioGroup
          dataHook="disposition"
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
      <FormField
        label={messages.form.fileNameLabel}
        id="download-file-name"
        status={errors.fileName ? 'error' : undefined}
        statusMessage={errors.fileName ? messages.form.fileNameTooLong : messages.form.fileNameHelp}
      >
        <Input
          id="download-file-name"
          dataHook="download-file-name"
          value={values.fileName}
          onChange={(e) => onChange({ fileName: e.target.value })}
          status={errors.fileName ? 'error' : undefined}
        />
      </FormField>
    )}
    <FormField
      label={messages.form.redirectLabel}
      id="expiry-redirect-url"
      status={errors.redirectUrl ? 'error' : undefined}
      statusMessage={errors.redirectUrl ? messages.form.redirectInvalid : messages.form.redirectHelp}
    >
      <Input
        id="expiry-redirect-url"
        dataHook="redirect-url"
        placeholder={messages.form.redirectPlaceholder}
        value={values.redirectUrl}
        onChange={(e) => onChange({ redirectUrl: e.target.value })}
        status={errors.redirectUrl ? 'error' : undefined}
      />
    </FormField>
  </Box>
);
