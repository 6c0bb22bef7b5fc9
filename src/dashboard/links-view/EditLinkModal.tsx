import React, { useState, type FC } from 'react';
import { Box, Button, Input, Text } from '@wix/design-system';
import { webMethods } from '../shared/web-methods';
import type { ShareLinkRecord } from '../../common/link-history';
import { viewsKit } from '../shared/load-views-kit';
import { MAX_MAX_DOWNLOADS } from '../../common/limits';
import type { LinkRules, ResolvedExpiry } from '../link-panel';
import { checkEdit, editExpiry, editValuesOf, type EditValues } from './link-edit';
import { changeFailureMessage } from './links-failure';
import { linksViewMessages as m } from './messages';
import { Dialog } from './Dialog';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  link: ShareLinkRecord;
  /** The link form's rules, fetched with the panel's chunk before the dialog opens (see link-panel's loadLinkRules). */
  rules: LinkRules;
  now: Date;
  zone: string;
  locale: string;
  onClose: () => void;
  onChanged: (link: ShareLinkRecord) => void;
};

const LIMIT_HELP_ID = 'edit-link-limit-help';

function expirySummary(rules: LinkRules, resolved: ResolvedExpiry, now: Date, zone: string, locale: string): string {
  const { formatMoment, formatRelative } = viewsKit();
  if (resolved.ok) return m.editExpiresAt({ moment: formatMoment(resolved.at, locale, zone), relative: formatRelative(resolved.at, now, locale) });
  if (resolved.reason === 'missing-date') return m.editExpiryMissingDate;
  if (resolved.reason === 'in-the-past') return m.editExpiryInThePast;
  return m.editExpiryTooFar({ latest: formatMoment(rules.latestExpiry(now), locale, zone) });
}

/**
 * A secure link's expiry (a date and time in the owner's zone, as in the link form) and download limit. Only what
 * the owner changed is sent; the backend checks it again.
 */
export const EditLinkModal: FC<Props> = ({ link, rules, now, zone, locale, onClose, onChanged }) => {
  const [values, setValues] = useState<EditValues>(() => editValuesOf(rules, link, zone));
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const { fileName } = link;
  const check = checkEdit(rules, values, link, now, zone);
  const expiry = check.ok ? editExpiry(rules, values, now, zone) : check.expiry;
  const limitError = !check.ok && check.limitInvalid && showErrors;
  const set = (change: Partial<EditValues>) => setValues((v) => ({ ...v, ...change }));

  const save = async () => {
    setShowErrors(true);
    if (!check.ok) return;
    if (Object.keys(check.changes).length === 0) return onClose();
    setBusy(true);
    const response = await webMethods()
      .then((methods) => methods.updateShareLink(link.linkId, check.changes))
      .catch(() => undefined);
    if (response?.ok) {
      onChanged(response.link);
      viewsKit().showToast(m.saved({ fileName }), 'success');
      onClose();
      return;
    }
    viewsKit().showToast(changeFailureMessage(response ? response.error.code : 'UNREACHABLE'), 'error');
    setBusy(false);
  };

  return (
    <Dialog
      dataHook={dataHooks.editLinkModal}
      title={m.editTitle}
      onClose={onClose}
      actions={
        <>
          <Button priority="secondary" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button dataHook={dataHooks.editLinkSave} disabled={busy} onClick={() => void save()}>
            {m.editSave}
          </Button>
        </>
      }
    >
      <Text>{m.editIntro({ fileName })}</Text>
      {/* Labels as Text rather than WDS FormField: FormField is the link panel's, and sharing it would make a third chunk. */}
      <Box direction="vertical" gap="SP2" role="group" ariaLabel={m.editExpiryLabel}>
        <Text weight="normal">{m.editExpiryLabel}</Text>
        <Box direction="vertical" gap="SP2">
          <Box gap="SP2">
            <Input type="date" dataHook={dataHooks.editLinkDate} ariaLabel={m.editExpiryDate} value={values.date} onChange={(e) => set({ date: e.target.value })} />
            <Input type="time" dataHook={dataHooks.editLinkTime} ariaLabel={m.editExpiryTime} value={values.time} onChange={(e) => set({ time: e.target.value })} />
          </Box>
          <Text size="small" dataHook={dataHooks.editLinkExpirySummary} skin={expiry.ok ? 'standard' : 'error'} aria-live="polite">
            {expirySummary(rules, expiry, now, zone, locale)}
          </Text>
        </Box>
      </Box>
      <Box direction="vertical" gap="SP2">
        <Text tagName="label" htmlFor={dataHooks.editLinkLimit} weight="normal">
          {m.editLimitLabel}
        </Text>
        <Input
          id={dataHooks.editLinkLimit}
          dataHook={dataHooks.editLinkLimit}
          inputmode="numeric"
          placeholder={m.editLimitPlaceholder}
          value={values.limit}
          status={limitError ? 'error' : undefined}
          ariaDescribedby={LIMIT_HELP_ID}
          onChange={(e) => set({ limit: e.target.value })}
        />
        <Text id={LIMIT_HELP_ID} size="small" skin={limitError ? 'error' : 'standard'} secondary={!limitError}>
          {limitError ? m.editLimitInvalid({ max: MAX_MAX_DOWNLOADS }) : m.editLimitHelp({ count: link.downloads ?? 0 })}
        </Text>
      </Box>
    </Dialog>
  );
};
