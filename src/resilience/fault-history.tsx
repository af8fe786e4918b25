import { faultEnd, faultScenario, faultsAffecting } from '../analysis/exposure';
import { useAssetIndex } from '../data';
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

/** Faults from the log, one entry each: the date and the cables it hit (names for the ones
 * not in the atlas), what happened, cause, repair and how long the analysis counts it, the
 * sources and a Replay button. With `country`, the impact the reports state there as well. */
export function FaultList({ faults, country }: { faults: readonly Fault[]; country?: string }) {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const { byId } = useAssetIndex();
  return (
    <ol className="faults">
      {faults.map((f) => {
        const impacts = country ? (f.impacts ?? []).filter((i) => i.country === country) : [];
        return (
          <li key={f.id} data-fault={f.id}>
            <details>
              <summary>
                <span className="date">{f.start}</span>{' '}
                {[...f.cables.map((id) => byId.get(id)?.properties.name[lang] ?? id), ...f.otherCables].join(', ')}
              </summary>
              <p>{f.description[lang]}</p>
              <p className="small">
                {f.cause[lang]} · {r.repaired(f.repaired)} · {r.counted(faultEnd(f).basis, faultEnd(f).day)}
              </p>
              {f.otherCables.length > 0 && (
                <p className="small muted">
                  {r.notInAtlas}: {f.otherCables.join(', ')}
                </p>
              )}
              <Sources sources={f.sources} />
            </details>
            {impacts.map((i, n) => (
              <p key={n} className="small impact" data-impact={i.country}>
                {r.reportedImpact(i.from)} {i.text[lang]} <Sources sources={[i.source]} />
              </p>
            ))}
            {f.cables.length > 0 && <ReplayButton fault={f} />}
          </li>
        );
      })}
    </ol>
  );
}

/** A country's panel: the faults whose reports name it, newest first, folded under a count. */
export function CountryFaults({ code, name }: { code: string; name: string }) {
  const r = useRT();
  const q = useFaults();
  if (!q.data) return null;
  const faults = faultsAffecting(q.data.faults, code);
  return (
    <section aria-labelledby="country-faults-h" className="country-faults">
      <h3 id="country-faults-h">{r.faultsHere(faults.length)}</h3>
      {faults.length === 0 ? (
        <p className="muted small">{r.noFaultsHere(name)}</p>
      ) : (
        <details>
          <summary>{r.faultsHereShow(faults.length, faults.at(-1)!.start.slice(0, 4), faults[0]!.start.slice(0, 4))}</summary>
          <p className="muted small">{r.faultsHereHelp}</p>
          <FaultList faults={faults} country={code} />
        </details>
      )}
    </section>
  );
}
