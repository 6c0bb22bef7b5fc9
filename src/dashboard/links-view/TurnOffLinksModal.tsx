import React, { useState, type FC } from 'react';
import { Box, Button, Text } from '@wix/design-system';
import { webMethods } from '../shared/web-methods';
import type { ShareLinkRecord } from '../../common/link-history';
import { loadLinkRules } from '../link-panel';
import { viewsKit } from '../shared/load-views-kit';
import { pageMessages } from '../shared/messages';
import { changeFailureMessage } from './links-failure';
import { linksViewMessages as m } from './messages';
import { turnOffLinks, type TurnOffOutcome } from './turn-off-links';
import { Dialog } from './Dialog';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  links: ShareLinkRecord[];
  onClose: () => void;
  /** Called once with every link the backend turned off, as it now has them, whatever happened to the others. */
  onTurnedOff: (links: ShareLinkRecord[]) => void;
};

/**
 * Asks before turning off the selected links, shows how many have answered while it runs, then says how many were
 * turned off and lists, each with its reason, the ones that were not.
 */
export const TurnOffLinksModal: FC<Props> = ({ onClose, onTurnedOff, ...props }) => {
  // The selection shrinks as links are turned off; the dialog keeps talking about the links it was opened with.
  const [links] = useState(props.links);
  const [answered, setAnswered] = useState<number>();
  const [outcome, setOutcome] = useState<TurnOffOutcome>();
  const total = links.length;
  const running = answered !== undefined && !outcome;

  const confirm = async () => {
    setAnswered(0);
    const rules = await loadLinkRules().catch(() => undefined);
    if (!rules) {
      setAnswered(undefined);
      viewsKit().showToast(pageMessages.partNotDownloaded, 'error');
      return;
    }
    const result = await turnOffLinks(rules.pLimit, links, (linkId) => webMethods().then((methods) => methods.revokeShareLink(linkId)), setAnswered);
    onTurnedOff(result.turnedOff);
    setOutcome(result);
    if (result.failed.length === 0) {
      viewsKit().showToast(m.bulkAllDone({ count: total }), 'success');
      onClose();
    }
  };

  const actions = outcome ? (
    <Button onClick={onClose}>{m.close}</Button>
  ) : (
    <>
      <Button priority="secondary" onClick={onClose} disabled={running}>
        {m.cancel}
      </Button>
      <Button skin="destructive" dataHook={dataHooks.bulkRevokeConfirm} disabled={running} onClick={() => void confirm()}>
        {m.bulkTurnOff({ count: total })}
      </Button>
    </>
  );

  return (
    <Dialog dataHook={dataHooks.bulkRevokeModal} title={m.bulkTitle({ count: total })} onClose={running ? () => {} : onClose} actions={actions}>
      {!outcome && <Text>{m.bulkBody({ count: total })}</Text>}
      {running && (
        <Text size="small" aria-live="polite">
          {m.bulkProgress({ done: answered, total })}
        </Text>
      )}
      {outcome && (
        <Box direction="vertical" gap="SP2">
          <Text dataHook={dataHooks.bulkRevokeSummary} aria-live="polite">
            {m.bulkSomeFailed({ done: outcome.turnedOff.length, total })}
          </Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {outcome.failed.map(({ link, code }) => (
              <li key={link.linkId}>
                <Text size="small" dataHook={dataHooks.bulkRevokeFailed}>
                  {m.bulkFailedItem({ fileName: link.fileName, reason: changeFailureMessage(code) })}
                </Text>
              </li>
            ))}
          </ul>
        </Box>
      )}
    </Dialog>
  );
};
