// A desk in its own process (`node --import tsx tests/support/team-desk-process.ts '<json>'`): writes cases one after
// another into its log while its replicator sends them, printing `case <n>` as each is on disk. The SIGKILL test
// kills it mid-send; the team bench runs twenty at once.
import { startDesk, writeCase } from './team-desk';

interface DeskProcessInput {
  dir: string;
  desk: string;
  config: { host: string; port: number; database: string; user: string; password: string };
  cases: number;
  notes: number;
  /** Pause between cases, as an agent's pace (0: as fast as the disk allows). */
  paceMs: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as DeskProcessInput;
const desk = await startDesk({ dir: input.dir, desk: input.desk, config: input.config });
for (let index = 0; index < input.cases; index++) {
  await writeCase(desk.store, `${input.desk.replace(/[^A-Za-z0-9]/g, '')}-case-${index}`, input.notes);
  process.stdout.write(`case ${index}\n`);
  if (input.paceMs > 0) await new Promise((resolve) => setTimeout(resolve, input.paceMs));
}
await desk.replicator.drain();
process.stdout.write('drained\n');
await desk.replicator.stop();
