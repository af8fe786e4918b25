import { faultEnd, faultScenario } from '../analysis/exposure';
import type { Fault } from '../data/schema';
import { useFaults } from '../data/queries';
import { useRT } from '../i18n/resilience';
import { useView } from '../state/store';
import { Sources } from '../panels/sources';

/** A cable's faults from the log (with their sources), and the what-if "Cut" switch. */
export function FaultHistory({ cable }: { cable: string }) {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const whatIf = useView((s) => s.whatIf);
  const setWhatIf = useView((s) => s.setWhatIf);
  const faults = (useFaults().data?.faults ?? []).filter((f) => f.cables.includes(cable));
  const isCut = whatIf.cut.includes(cable);
  return (
    <section aria-labelledby="fault-history-h" className="fault-history">
      <button
        type="button"
        aria-pressed={isCut}
        onClick={() => setWhatIf({ cut: isCut ? whatIf.cut.filter((x) => x !== cable) : [...whatIf.cut, cable] })}
      >
        {isCut ? r.cutOn : r.cut}
      </button>
      <h3 id="fault-history-h">{r.faultHistory}</h3>
      {faults.length === 0 ? (
        <p className="muted small">{r.noFaults}</p>
      ) : (
        <ol className="faults">
          {faults.map((f) => (
            <li key={f.id} data-fault={f.id}>
              <details>
                <summary>
                  <span className="date">{f.start}</span> {f.cause[lang]} · {r.repaired(f.repaired)} ·{' '}
                  {r.counted(faultEnd(f).basis, faultEnd(f).day)}
                </summary>
                <p>{f.description[lang]}</p>
                <Sources sources={f.sources} />
              </details>
              <ReplayButton fault={f} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Replays a fault from the log as the what-if scenario: its cables cut on its day. */
export function ReplayButton({ fault }: { fault: Fault }) {
  const r = useRT();
  const setWhatIf = useView((s) => s.setWhatIf);
  return (
    <button
      type="button"
      className="link"
      onClick={() => setWhatIf({ cut: [...fault.cables], corridors: [], day: faultScenario(fault).day })}
    >
      {r.replay}
    </button>
  );
}
