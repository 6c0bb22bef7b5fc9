import React, { useState, type FC } from 'react';
import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import { formatsFor } from './asset-formats';
import type { FileRow } from '../shared/file-row';
import { initialValues, validate, type FormValues } from './form-values';
import type { LinkRequest } from './use-create-links';
import { linkPanelMessages } from './messages';
import { KindField, SecureFields } from './AccessFields';
import { DeliveryFields } from './DeliveryFields';
import { ExpiryField } from './ExpiryField';
import { FormatField } from './FormatField';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  files: FileRow[];
  now: Date;
  zone: string;
  locale: string;
  creating: boolean;
  onSubmit: (request: LinkRequest) => void;
};

export const LinkForm: FC<Props> = ({ files, now, zone, locale, creating, onSubmit }) => {
  const [values, setValues] = useState<FormValues>(() => initialValues(files));
  const [showErrors, setShowErrors] = useState(false);
  const change = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));
  const result = validate(values, files, now, zone);
  // Expiry problems show at once (the summary line doubles as the error); other fields only after a submit attempt.
  const errors = showErrors && !result.ok ? result.errors : {};
  const publicCount = files.filter((f) => !f.isPrivate).length;

  const submit = () => {
    setShowErrors(true);
    // Re-checked against the real clock: the form may have stayed open past a custom moment.
    const fresh = validate(values, files, new Date(), zone);
    if (fresh.ok) onSubmit(fresh.request);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Box direction="vertical" gap="SP5" dataHook={dataHooks.linkForm}>
        <Text size="small" secondary ellipsis dataHook={dataHooks.formFiles}>
          {files.map((f) => f.name).join(', ')}
        </Text>
        {publicCount > 0 && (
          <SectionHelper skin="warning" dataHook={dataHooks.publicWarning}>
            {linkPanelMessages.publicWarning({ count: publicCount })}
          </SectionHelper>
        )}
        <KindField values={values} errors={errors} onChange={change} />
        <ExpiryField value={values.expiry} onChange={(expiry) => change({ expiry })} resolved={result.expiry} now={now} zone={zone} locale={locale} />
        <FormatField
          formats={formatsFor(files.map((f) => f.mediaType))}
          value={values.assetKeys}
          onChange={(assetKeys) => change({ assetKeys })}
          invalid={Boolean(errors.assetKeys)}
        />
        <SecureFields values={values} errors={errors} onChange={change} />
        <DeliveryFields values={values} errors={errors} singleFile={files.length === 1} onChange={change} />
        <Box>
          <Button type="submit" dataHook={dataHooks.createLinkSubmit} disabled={creating}>
            {creating ? linkPanelMessages.creating : linkPanelMessages.submit({ count: files.length })}
          </Button>
        </Box>
      </Box>
    </form>
  );
};
