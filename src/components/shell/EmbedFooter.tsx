/** In an embed, a small way out to the full app (a normal link in a new tab; never a popup). */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { shareLink } from '../../state/urlSync';

export const EmbedFooter = memo(function EmbedFooter() {
  // Re-render when the configuration changes so the link follows it.
  useStore((s) => s.config);
  const href = shareLink(
    { ...useStore.getState(), embed: false, controls: true, origin: null },
    { embed: false },
  );
  return (
    <p className="embed-footer">
      <a href={href} target="_blank" rel="noopener">
        Open in Kernelwise ↗
      </a>
    </p>
  );
});
