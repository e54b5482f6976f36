/** The keyboard shortcuts, in a native <dialog> (focus trapping and Escape come with it). */
import { memo } from 'react';
import { useModalDialog } from '../../hooks/useModalDialog';
import { SHORTCUTS } from '../../hooks/useKeyboardShortcuts';

export const ShortcutsDialog = memo(function ShortcutsDialog({
  open,
  onClose,
  returnFocus,
}: {
  open: boolean;
  onClose: () => void;
  /** Where focus goes on closing when the element that had it before is gone (see useModalDialog). */
  returnFocus?: () => HTMLElement | null;
}) {
  const ref = useModalDialog(open, returnFocus);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>Arrow keys</kbd> in a grid
            </th>
            <td>Move between cells; type a number to change an input or kernel value</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
});
