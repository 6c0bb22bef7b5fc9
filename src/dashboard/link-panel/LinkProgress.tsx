import React, { type FC } from 'react';
import { Box, LinearProgressBar, Text } from '@wix/design-system';
import { linkPanelMessages } from './messages';
import { dataHooks } from '../shared/data-hooks';

/** How far a batch has come while its parts are still being answered; links already made show below it. */
export const LinkProgress: FC<{ pending: number; total: number }> = ({ pending, total }) => {
  const answered = total - pending;
  const label = linkPanelMessages.progressLabel({ answered, total });
  const percent = Math.round((answered / total) * 100);
  return (
    <Box direction="vertical" gap="SP1" dataHook={dataHooks.linkProgress}>
      {/* WDS puts aria-label on an inner div, which leaves its progressbar role unnamed (axe: aria-progressbar-name),
          so the named progressbar is this wrapper and WDS draws the bar inside it. */}
      <div role="progressbar" aria-label={label} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <LinearProgressBar value={percent} role="presentation" skin="standard" />
      </div>
      <Text size="small" secondary>
        {label}
      </Text>
      <Text size="small" secondary>
        {linkPanelMessages.progressHint}
      </Text>
    </Box>
  );
};
