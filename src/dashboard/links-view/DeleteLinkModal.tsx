import React, { useState, type FC } from 'react';
import { Button, Text } from '@wix/design-system';
import { webMethods } from '../shared/web-methods';
import type { ShareLinkRecord } from '../../common/link-history';
import { viewsKit } from '../shared/load-views-kit';
import { linksViewMessages as m } from './messages';
import { Dialog } from './Dialog';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  link: ShareLinkRecord;
  zone: string;
  locale: string;
  onClose: () => void;
  /** Called once the record is gone (deleted now, or already), so the row leaves the list. */
  onDeleted: (linkId: string) => void;
};

/**
 * Asks before deleting, and says what deleting does: a direct link is Wix's own signed URL, so taking it out of the
 * history does not stop it working before it expires.
 */
export const DeleteLinkModal: FC<Props> = ({ link, zone, locale, onClose, onDeleted }) => {
  const [busy, setBusy] = useState(false);
  const { fileName } = link;
  const { formatMoment, showToast } = viewsKit();
  const body =
    link.kind === 'DIRECT'
      ? m.deleteDirectBody({ fileName, moment: formatMoment(new Date(link.expiresAt), locale, zone) })
      : m.deleteSecureBody({ fileName });

  const confirm = async () => {
    setBusy(true);
    try {
      const { deleteShareLink } = await webMethods();
      const response = await deleteShareLink(link.linkId);
      if (response.ok || response.error.code === 'LINK_NOT_FOUND') {
        showToast(response.ok ? m.deleted({ fileName }) : m.alreadyDeleted({ fileName }), 'success');
        onDeleted(link.linkId);
        onClose();
        return;
      }
      showToast(m.deleteFailed, 'error');
    } catch {
      showToast(m.deleteFailed, 'error');
    }
    setBusy(false);
  };

  return (
    <Dialog
      dataHook={dataHooks.deleteLinkModal}
      title={m.deleteTitle}
      onClose={onClose}
      actions={
        <>
          <Button priority="secondary" onClick={onClose}>
            {m.deleteCancel}
          </Button>
          <Button skin="destructive" dataHook={dataHooks.deleteLinkConfirm} disabled={busy} onClick={() => void confirm()}>
            {m.deleteConfirm}
          </Button>
        </>
      }
    >
      <Text>{body}</Text>
    </Dialog>
  );
};
