import React, { type FC } from 'react';
import { Box, FormField, RadioGroup, Text } from '@wix/design-system';
import type { ContentDisposition } from '../../common/share-links';
import type { FormErrors, FormValues } from './form-values';
import { linkPanelMessages } from './messages';
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
    <FormField label={linkPanelMessages.dispositionLabel} dataHook={dataHooks.dispositionField}>
      <Box direction="vertical" gap="SP2">
        <RadioGroup
          dataHook={dataHooks.disposition}
          value={values.disposition}
          onChange={(value) => onChange({ disposition: value as ContentDisposition })}
        >
          <RadioGroup.Radio value="ATTACHMENT">{linkPanelMessages.dispositionDownload}</RadioGroup.Radio>
          <RadioGroup.Radio value="INLINE">{linkPanelMessages.dispositionInline}</RadioGroup.Radio>
        </RadioGroup>
        <Text size="tiny" secondary>
          {linkPanelMessages.dispositionHelp}
        </Text>
      </Box>
    </FormField>
    {singleFile && (
      <TextField
        id={dataHooks.downloadFileName}
        label={linkPanelMessages.fileNameLabel}
        value={values.fileName}
        onChange={(fileName) => onChange({ fileName })}
        help={linkPanelMessages.fileNameHelp}
        error={errors.fileName ? linkPanelMessages.fileNameInvalid : undefined}
      />
    )}
    <TextField
      id={dataHooks.redirectUrl}
      label={linkPanelMessages.redirectLabel}
      placeholder={linkPanelMessages.redirectPlaceholder}
      value={values.redirectUrl}
      onChange={(redirectUrl) => onChange({ redirectUrl })}
      help={values.kind === 'SECURE' ? linkPanelMessages.redirectHelpSecure : linkPanelMessages.redirectHelp}
      error={errors.redirectUrl ? linkPanelMessages.redirectInvalid : undefined}
    />
  </Box>
);
