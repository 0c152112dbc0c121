// Every Circle call made for a case goes in its log: endpoint, HTTP status and the X-Request-Id Circle answered with
// (what Circle Support asks for). The checks a flow makes before its case exists are kept and written once it does.
import type { CircleCall } from '../../shared/circle/circle-call';
import type { CaseRecorder } from '../case-log/case-recorder';
import type { CircleGateway } from '../circle/circle-gateway';

/** A gateway for a case not opened yet: its calls are held until it is, then recorded as they happen. */
export interface CallsBeforeCase {
  gateway: CircleGateway;
  /** Writes the held calls into the case, in the order they were made; later calls go straight there. */
  recordInto(recorder: CaseRecorder, caseId: string): void;
}

export function callsBeforeCase(gateway: CircleGateway): CallsBeforeCase {
  const held: CircleCall[] = [];
  let record = (call: CircleCall) => {
    held.push(call);
  };
  return {
    gateway: gateway.observed((call) => record(call)),
    recordInto: (recorder, caseId) => {
      record = (call) => recorder.record(caseId, { type: 'circle-call', ...call });
      for (const call of held.splice(0)) record(call);
    },
  };
}
