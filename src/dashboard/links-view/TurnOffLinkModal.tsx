import React, { useState, type FC } from 'react';
import { Button, Text } from '@wix/design-system';
import { webMethods } from '../shared/web-methods';
import type { ShareLinkRecord } from '../../common/link-history';
import { viewsKit } from '../shared/load-views-kit';
import { changeFailureMessage } from './links-failure';
import { linksViewMessages as m } from './messages';
import { Dialog } from './Dialog';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  link: ShareLinkRecord;
  onClose: () => void;
  /** The link as the backend now has it, so its row shows "Turned off". */
  onChanged: (link: ShareLinkRecord) => void;
};

/** Asks before turning a secure link off, and says what recipients will see. */
export const TurnOffLinkModal: FC<Props> = ({ link, onClose, onChanged }) => {
  const [busy, setBusy] = useState(false);
  const { fileName } = link;

  const confirm = async () => {
    setBusy(true);
    const response = await webMethods()
      .then((methods) => methods.revokeShareLink(link.linkId))
      .catch(() => undefined);
    if (response?.ok) {
      onChanged(response.link);
      viewsKit().showToast(m.turnedOff({ fileName }), 'success');
      onClose();
      return;
    }
    viewsKit().showToast(changeFailureMessage(response ? response.error.code : 'UNREACHABLE'), 'error');
    setBusy(false);
  };

  return (
    <Dialog
      dataHook={dataHooks.revokeLinkModal}
      title={m.turnOffTitle}
      onClose={onClose}
      actions={
        <>
          <Button priority="secondary" onClick={onClose}>
            {m.cancel}
          </Button>
          <Button skin="destructive" dataHook={dataHooks.revokeLinkConfirm} disabled={busy} onClick={() => void confirm()}>
            {m.turnOffConfirm}
          </Button>
        </>
      }
    >
      <Text>{m.turnOffBody({ fileName })}</Text>
    </Dialog>
  );
};
