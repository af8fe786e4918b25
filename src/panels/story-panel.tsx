import { useEffect, useRef } from 'react';
import { useDerived } from '../derive/use-derived';
import { useStoryFacts } from '../derive/use-story-facts';
import { STORY_WORDS, useStoryUi, type StoryLive } from '../i18n/story';
import { serialise, DEFAULT_URL_STATE } from '../state/url-codec';
import { STORIES, type StoryRef } from '../state/story';
import { useView } from '../state/store';

/** Wheel gestures closer together than this are one (a trackpad sends dozens per swipe). */
const WHEEL_MS = 800;
/** A horizontal swipe of at least this many px moves a step. */
const SWIPE_PX = 50;

const go = (ref: StoryRef, delta: number) => {
  const n = ref.step + delta;
  if (n >= 1 && n <= STORIES[ref.id].length) useView.getState().openStory({ id: ref.id, step: n });
};

/** Moves through the story with the arrow keys (and Page Up/Down), unless the reader is
 * typing or steering the map (whose own keys pan it). */
function useStoryKeys(story: StoryRef) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.closest('.map'))) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const d = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
      if (!d) return;
      e.preventDefault();
      go(story, d);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [story]);
}

/** The story's figures that depend on the step's own view (its day, its what-if). */
function useLive(): StoryLive {
  const { exposure, overlay, network } = useDerived();
  const loss = network?.active ? network.loss : undefined;
  const rows = exposure.rows;
  const vn = rows?.find((r) => r.code === 'VN');
  return {
    vn: vn ? { systems: vn.systems.length, impaired: vn.impaired.length } : undefined,
    red: overlay ? overlay.impaired.length : undefined,
    none: rows?.filter((r) => r.flag === 'none').map((r) => r.code),
    one: rows?.filter((r) => r.flag === 'one').map((r) => r.code),
    routes: loss && {
      cutOff: loss.filter((x) => x.state === 'cut-off').map((x) => x.code),
      fewer: loss.filter((x) => x.state === 'reduced').map(({ code, before, after }) => ({ code, before, after })),
    },
  };
}

/** The paper told as a story: the step's text (the paper's section, then the data), next and
 * previous by button, arrow keys, swipe and scroll, a link per step, and a way out that
 * gives the reader's own view back. `compact`: inside the embed. */
export function StoryPanel({ compact = false }: { compact?: boolean }) {
  const story = useView((s) => s.story);
  return story ? <StoryBody story={story} compact={compact} /> : null;
}

function StoryBody({ story, compact }: { story: StoryRef; compact: boolean }) {
  const ui = useStoryUi();
  const lang = useView((s) => s.lang);
  const facts = useStoryFacts();
  const live = useLive();
  const steps = STORIES[story.id];
  const step = steps[story.step - 1]!;
  const words = STORY_WORDS[lang][step.id](facts, live, lang);
  useStoryKeys(story);

  // a step opened from a link: once the map is there, frame the step (the map ignores camera
  // requests made before it started)
  const ready = useView((s) => s.mapIdles > 0);
  const framed = useRef(false);
  useEffect(() => {
    if (!ready || framed.current) return;
    framed.current = true;
    useView.getState().fitTo(step.bbox);
  }, [ready, step.bbox]);

  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [story.step]);

  const touch = useRef<{ x: number; y: number } | null>(null);
  const lastWheel = useRef(0);
  const card = useRef<HTMLDivElement>(null);
  const onWheel = (e: React.WheelEvent) => {
    const el = card.current;
    if (!el || Math.abs(e.deltaY) < 20 || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
    // the card scrolls its own text first; at its end the wheel moves a step
    const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
    const atTop = el.scrollTop <= 0;
    if ((e.deltaY > 0 && !atEnd) || (e.deltaY < 0 && !atTop)) return;
    const now = Date.now();
    if (now - lastWheel.current < WHEEL_MS) return;
    lastWheel.current = now;
    go(story, e.deltaY > 0 ? 1 : -1);
  };
  const link = `#${serialise({ ...DEFAULT_URL_STATE, lang, story })}`;

  return (
    <section
      className={`story${compact ? ' story-compact' : ''}`}
      aria-labelledby="story-h"
      aria-roledescription={ui.story}
      onTouchStart={(e) => {
        const t = e.touches[0];
        touch.current = t ? { x: t.clientX, y: t.clientY } : null;
      }}
      onTouchEnd={(e) => {
        const t0 = touch.current;
        const t = e.changedTouches[0];
        touch.current = null;
        if (!t0 || !t) return;
        const dx = t.clientX - t0.x;
        if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(t.clientY - t0.y)) go(story, dx < 0 ? 1 : -1);
      }}
      onWheel={onWheel}
    >
      <header className="story-head">
        <p className="story-kicker">
          {ui.storyTitle} · <span aria-live="polite">{ui.step(story.step, steps.length)}</span>
        </p>
        <button type="button" className="story-leave" onClick={() => useView.getState().leaveStory()}>
          {ui.leave}
        </button>
      </header>
      <div className="story-card" ref={card}>
        <h2 id="story-h" ref={heading} tabIndex={-1}>
          {words.title}
        </h2>
        <p>
          <strong>{ui.paper}:</strong> {words.paper}
        </p>
        {words.items && (
          <ul className="story-items">
            {words.items.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
        <p>
          <strong>{ui.data}:</strong> {words.data}
        </p>
      </div>
      <nav className="story-nav" aria-label={ui.story}>
        <button type="button" onClick={() => go(story, -1)} disabled={story.step <= 1}>
          ← {ui.previous}
        </button>
        <ol className="story-dots">
          {steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                aria-label={ui.goTo(i + 1)}
                aria-current={i + 1 === story.step ? 'step' : undefined}
                onClick={() => useView.getState().openStory({ id: story.id, step: i + 1 })}
              />
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => go(story, 1)} disabled={story.step >= steps.length}>
          {ui.next} →
        </button>
      </nav>
      {!compact && (
        <p className="small muted story-foot">
          {ui.hint} <a href={link}>{ui.stepLink}</a>
        </p>
      )}
    </section>
  );
}
