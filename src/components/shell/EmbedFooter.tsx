/** In an embed, a small way out to the full app (a normal link in a new tab; never a popup). */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { shareLink } from '../../state/urlSync';

export const EmbedFooter = memo(function EmbedFooter() {
  const config = useStore((s) => s.config);
  const href = shareLink({ ...useStore.getState(), config, embed: false, controls: true, origin: null });
  return (
    <p className="embed-footer">
      <a href={href} target="_blank" rel="noopener">
        Open in Kernelwise ↗
      </a>
    </p>
  );
});
