/** The export worker: runs one export per message and posts its progress and the finished file. */
import { runExport, type ExportMessage, type ExportRequest } from './exportJob';

const post = (message: ExportMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  try {
    let reported = 0;
    const result = await runExport(event.data, (done, total) => {
      // A few dozen progress messages are plenty for a bar; one per frame would flood the page.
      if (done === total || done - reported >= Math.max(1, total / 50)) {
        reported = done;
        post({ type: 'progress', done, total });
      }
    });
    post({ type: 'done', ...result }, [result.bytes]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
