import { aTimeout, expect, nextFrame } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { baseStyles } from '../../src/core/styles.js';
import type { Booth, Hall, Landmark } from '../../src/feed/types.js';
import {
  createFloor,
  floorStyles,
  type Floor,
  type FloorBooth,
} from '../../src/elements/fair-booth-map/floor.js';
import { ZoomPan, type ZoomOptions } from '../../src/elements/fair-booth-map/zoom.js';

// --- a small hall: 2 rows of 6 booths of 3 × 2 units, the last one free ---------------------------

const HALL: Hall = { id: 'A', name: 'A馆', width: 40, height: 20 };

function booth(i: number, extra: Partial<Booth> = {}): Booth {
  const id = `A-${String(i + 1).padStart(2, '0')}`;
  return {
    id,
    hall: 'A',
    x: 2 + (i % 6) * 3,
    y: 4 + Math.floor(i / 6) * 2,
    w: 3,
    h: 2,
    label: id,
    ...extra,
  };
}

const BOOTHS: FloorBooth[] = Array.from({ length: 12 }, (_, i) => ({
  booth: booth(i, i === 11 ? {} : { employer: `e${i}` }),
  name: i === 11 ? undefined : `北京华信科技有限公司${i}`,
  free: i === 11,
}));

const LANDMARKS: Landmark[] = [
  { id: 'in', hall: 'A', kind: 'entrance', name: '南门入口', x: 16, y: 18, w: 8, h: 2 },
  { id: 'wc', hall: 'A', kind: 'toilet', x: 36, y: 4 },
  { id: 'elsewhere', hall: 'B', kind: 'stage', name: '主舞台', x: 5, y: 5 },
];

const landmarkName = (l: Landmark) =>
  typeof l.name === 'string' ? l.name : l.kind === 'toilet' ? '卫生间' : l.kind;

const cleanups: Array<() => void> = [];

afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  sinon.restore();
});

/** Draws a floor in a shadow root with the element's base and floor styles, as the element does. */
function mountFloor(booths: FloorBooth[] = BOOTHS, landmarks: Landmark[] = LANDMARKS): Floor {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [baseStyles.styleSheet!, floorStyles.styleSheet!];
  const floor = createFloor({ hall: HALL, booths, landmarks, landmarkName });
  // The zoom wrapper the floor sits in: absolutely positioned, like the element's.
  const base = document.createElement('div');
  base.setAttribute('part', 'base');
  base.style.position = 'absolute';
  base.append(floor.element);
  root.append(base);
  cleanups.push(() => {
    floor.destroy();
    host.remove();
  });
  return floor;
}

const group = (floor: Floor, id: string) =>
  floor.element.querySelector<SVGGElement>(`[data-booth="${id}"]`)!;
const ids = (elements: Iterable<Element>) =>
  [...elements].map((el) => el.getAttribute('data-booth')).sort();
const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

// -------------------------------------------------------------------------------------------------

describe('booth map floor: drawing', () => {
  it('draws one group per booth with its rectangle in hall units', () => {
    const floor = mountFloor();
    expect(floor.element.getAttribute('viewBox')).to.equal('0 0 40 20');
    const groups = floor.element.querySelectorAll('[data-booth]');
    expect(groups.length).to.equal(12);
    const rect = group(floor, 'A-08').querySelector('rect')!;
    expect([...['x', 'y', 'width', 'height'].map((a) => rect.getAttribute(a))]).to.deep.equal([
      '5',
      '6',
      '3',
      '2',
    ]);
  });

  it('shows each booth number, centred, once numbers are legible', () => {
    const floor = mountFloor();
    floor.setDetail(20);
    const label = group(floor, 'A-03').querySelector('text')!;
    expect(label.textContent).to.equal('A-03');
    expect(shown(label)).to.be.true;
    expect(getComputedStyle(label).textAnchor).to.equal('middle');
    expect([label.getAttribute('x'), label.getAttribute('y')]).to.deep.equal(['9.5', '5']);
  });

  it('centres each number in its booth, however small the hall units', () => {
    const floor = mountFloor();
    floor.setDetail(20);
    for (const id of ['A-01', 'A-12']) {
      const box = group(floor, id).querySelector('text')!.getBBox();
      const { x, y, w, h } = BOOTHS.find((b) => b.booth.id === id)!.booth;
      expect(box.x + box.width / 2).to.be.closeTo(x + w / 2, 0.05);
      expect(box.y + box.height / 2).to.be.closeTo(y + h / 2, 0.05);
    }
  });

  it('takes one CSS pixel per hall unit on the page', () => {
    const floor = mountFloor();
    const box = floor.element.getBoundingClientRect();
    expect(box.width).to.be.closeTo(40, 0.01);
    expect(box.height).to.be.closeTo(20, 0.01);
    expect(floor.element.parentElement!.getBoundingClientRect().height).to.be.closeTo(20, 0.01);
  });

  it('draws no text while booths are too small on screen to read it', () => {
    const floor = mountFloor();
    floor.setDetail(2);
    expect(floor.element.querySelector('[data-booth] text')).to.equal(null);
  });

  it('draws numbers and names only in and around the part of the hall on screen', () => {
    const floor = mountFloor();
    // A view of the left half of the first row: booths A-01 to A-03 (x 2 to 11, y 4 to 6).
    floor.setDetail(25, { x: 0, y: 3.6, w: 8, h: 1.6 });
    const withNumber = ids(
      [...floor.element.querySelectorAll('[data-booth]')].filter((g) => g.querySelector('text')),
    );
    expect(withNumber).to.deep.equal(['A-01', 'A-02', 'A-03']);
    expect(floor.element.querySelectorAll('.name')).to.have.length(3);
  });

  it('marks free booths', () => {
    const floor = mountFloor();
    expect(ids(floor.element.querySelectorAll('[data-free]'))).to.deep.equal(['A-12']);
  });

  it('draws landmarks with an icon and a name', () => {
    const floor = mountFloor();
    const entrance = floor.element.querySelector('[data-landmark="in"]')!;
    expect(entrance.getAttribute('data-kind')).to.equal('entrance');
    expect(entrance.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    expect(entrance.querySelector('text')!.textContent).to.equal('南门入口');
    expect(floor.element.querySelector('[data-landmark="wc"] text')!.textContent).to.equal(
      '卫生间',
    );
  });

  it('names an area that holds other landmarks above its top edge, with no icon over theirs', () => {
    const station: Landmark = {
      id: 'station',
      hall: 'A',
      kind: 'service',
      name: '求职服务站',
      x: 30,
      y: 10,
      w: 8,
      h: 12,
    };
    const desk: Landmark = { ...station, id: 'desk', name: '简历门诊', x: 31, y: 11, w: 6, h: 4 };
    // A desk in the middle of the station holds the station's centre, not the station.
    const middle: Landmark = { ...desk, id: 'middle', name: '政策咨询', y: 14 };
    const floor = mountFloor(BOOTHS, [station, desk, middle]);
    floor.setDetail(2);
    const area = floor.element.querySelector<SVGGElement>('[data-landmark="station"]')!;
    expect(area.querySelector('circle')).to.equal(null);
    expect(area.querySelector('text')!.textContent).to.equal('求职服务站');
    const name = area.querySelector('text')!.getBoundingClientRect();
    const zone = floor.element.querySelectorAll('.zones rect')[0]!.getBoundingClientRect();
    expect(name.bottom).to.be.at.most(zone.top + 0.5);
    expect(floor.element.querySelector('[data-landmark="desk"] circle')).to.not.equal(null);
    expect(floor.element.querySelector('[data-landmark="middle"] circle')).to.not.equal(null);
  });

  it('hides a landmark name that would cover another name or icon, and shows it zoomed in', () => {
    const desk = (id: string, name: string, y: number): Landmark => ({
      id,
      hall: 'A',
      kind: 'service',
      name,
      x: 20,
      y,
      w: 4,
      h: 2,
    });
    const floor = mountFloor(BOOTHS, [desk('one', '简历门诊', 8), desk('two', '政策咨询', 10.5)]);
    const name = (id: string) =>
      floor.element.querySelector<SVGTextElement>(`[data-landmark="${id}"] text`)!;
    floor.setDetail(2);
    expect(name('one').style.visibility).to.equal('');
    expect(name('two').style.visibility, 'over the first name').to.equal('hidden');
    floor.setDetail(40);
    expect(name('one').style.visibility).to.equal('');
    expect(name('two').style.visibility).to.equal('');
  });

  it('draws two landmark icons that would overlap smaller, and full size once zoomed apart', () => {
    const lift: Landmark = { id: 'lift', hall: 'A', kind: 'elevator', name: '电梯', x: 10, y: 10 };
    const stairs: Landmark = { ...lift, id: 'stairs', kind: 'stairs', name: '楼梯', x: 16 };
    const floor = mountFloor(BOOTHS, [lift, stairs]);
    // The icon's width on screen at a scale, were the plan drawn at that scale (the test draws it
    // at its own size): markers keep their size in screen px.
    const size = (scale: number) => {
      floor.setDetail(scale);
      const perUnit = floor.element.getBoundingClientRect().width / HALL.width;
      const circle = floor.element.querySelector('[data-landmark="lift"] circle')!;
      return (circle.getBoundingClientRect().width / perUnit) * scale;
    };
    // 6 units apart at 2 px a unit: 12 px between centres, so at most 16 px across (8 px radius).
    expect(size(2)).to.be.closeTo(16, 0.5);
    expect(size(40)).to.be.closeTo(26, 0.5);
  });

  it('moves a landmark name to the other side of its icon when the usual place is taken', () => {
    const stairs: Landmark = {
      id: 'stairs',
      hall: 'A',
      kind: 'stairs',
      name: '楼梯（至B馆）',
      x: 20,
      y: 10,
    };
    // Its icon sits under the left half of the stairs' centred name, 4 px a unit.
    const toilet: Landmark = { id: 'wc', hall: 'A', kind: 'toilet', x: 12.5, y: 16.5 };
    const floor = mountFloor(BOOTHS, [stairs, toilet]);
    floor.setDetail(4);
    const name = floor.element.querySelector<SVGTextElement>('[data-landmark="stairs"] text')!;
    expect(name.style.visibility).to.equal('');
    expect(name.getAttribute('text-anchor')).to.equal('start');
    const icon = floor.element.querySelector('[data-landmark="wc"] circle')!;
    expect(name.getBoundingClientRect().left).to.be.above(icon.getBoundingClientRect().right - 2);
  });

  it('names the entrance rather than the info desk when the two names would overlap', () => {
    const info: Landmark = { id: 'info', hall: 'A', kind: 'info', name: '咨询台', x: 20, y: 12 };
    const door: Landmark = { id: 'door', hall: 'A', kind: 'entrance', name: '东门', x: 20, y: 10 };
    const floor = mountFloor(BOOTHS, [info, door]);
    floor.setDetail(2);
    const visibility = (id: string) =>
      floor.element.querySelector<SVGTextElement>(`[data-landmark="${id}"] text`)!.style.visibility;
    expect(visibility('door')).to.equal('');
    expect(visibility('info')).to.equal('hidden');
  });

  it('keeps landmark icons inside the walls, names facing into the hall', () => {
    const floor = mountFloor();
    floor.setDetail(2);
    const entrance = floor.element.querySelector<SVGGElement>('[data-landmark="in"]')!;
    const box = entrance.querySelector('circle')!.getBoundingClientRect();
    const hall = floor.element.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(hall.bottom + 0.01);
    expect(Number(entrance.querySelector('text')!.getAttribute('y'))).to.be.below(0);
    const toilet = floor.element.querySelector('[data-landmark="wc"] text')!;
    expect(toilet.getAttribute('text-anchor')).to.equal('end');
  });

  it('leaves out booths and landmarks of other halls', () => {
    const floor = mountFloor(
      [...BOOTHS, { booth: booth(20, { id: 'B-01', hall: 'B', label: 'B-01' }), free: true }],
      LANDMARKS,
    );
    expect(floor.element.querySelector('[data-booth="B-01"]')).to.equal(null);
    expect(floor.element.querySelector('[data-landmark="elsewhere"]')).to.equal(null);
  });

  it('renders feed text with markup as text, never as elements', () => {
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const floor = mountFloor(
      [{ booth: booth(0, { label: attack }), name: attack, free: false }],
      [{ id: 'x', hall: 'A', kind: 'info', name: attack, x: 20, y: 10 }],
    );
    floor.setDetail(200);
    expect(floor.element.querySelector('img, script, foreignObject')).to.equal(null);
    expect(group(floor, 'A-01').querySelector('text')!.textContent).to.equal(attack);
    // The name and the landmark's name, shortened, are text too.
    const texts = [...floor.element.querySelectorAll('text')].map((t) => t.textContent!);
    expect(texts).to.have.length(3);
    for (const text of texts) expect(text.startsWith('<img')).to.be.true;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('booth map floor: detail levels', () => {
  it('hides numbers and names while booths are too small on screen', () => {
    const floor = mountFloor();
    floor.setDetail(2);
    expect(floor.element.getAttribute('data-detail')).to.equal('outline');
  });

  it('shows numbers but not names at a middle scale', () => {
    const floor = mountFloor();
    floor.setDetail(12);
    expect(floor.element.getAttribute('data-detail')).to.equal('numbers');
    expect(shown(group(floor, 'A-01').querySelector('text:not(.name)'))).to.be.true;
    expect(shown(group(floor, 'A-01').querySelector('.name'))).to.be.false;
  });

  it('shows employer names, shortened to the booth, once a booth is about 60 px wide', () => {
    const floor = mountFloor();
    floor.setDetail(25);
    expect(floor.element.getAttribute('data-detail')).to.equal('names');
    const name = group(floor, 'A-01').querySelector('.name')!;
    expect(shown(name)).to.be.true;
    expect(name.textContent).to.match(/^北京华信…$/);
    expect(group(floor, 'A-12').querySelector('.name')).to.equal(null);
  });

  it('applies the last of a burst of small zoom steps once the burst is over', async () => {
    const floor = mountFloor();
    floor.setDetail(8);
    floor.setDetail(9);
    floor.setDetail(10);
    expect(floor.element.getAttribute('data-detail')).to.equal('outline');
    await aTimeout(250);
    expect(floor.element.getAttribute('data-detail')).to.equal('numbers');
  });

  it('applies a jump to another scale at once, even right after another call', () => {
    const floor = mountFloor();
    floor.setDetail(2);
    floor.setDetail(25);
    expect(floor.element.getAttribute('data-detail')).to.equal('names');
  });

  it('toggles the level with one attribute on the root, not per booth', async () => {
    const floor = mountFloor();
    floor.setDetail(12);
    await aTimeout(200);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(floor.element, { attributes: true, subtree: true, childList: true });
    floor.setDetail(2);
    await Promise.resolve();
    observer.disconnect();
    const onBooths = records.filter((r) => (r.target as Element).closest?.('[data-booth]'));
    expect(onBooths).to.deep.equal([]);
    expect(
      records.filter((r) => r.target === floor.element).map((r) => r.attributeName),
    ).to.deep.equal(['data-detail']);
  });

  it('shortens names to their booth, Latin letters counted narrower than ideographs', () => {
    const floor = mountFloor([
      { booth: booth(0, { employer: 'e0' }), name: 'Tencent', free: false },
      { booth: booth(1, { employer: 'e1' }), name: 'Huawei Technologies Co', free: false },
    ]);
    floor.setDetail(25);
    const names = ['A-01', 'A-02'].map(
      (id) => group(floor, id).querySelector('.name')!.textContent,
    );
    expect(names).to.deep.equal(['Tencent', 'Huawei…']);
  });
});

describe('booth map floor: search, selection and plan', () => {
  it('marks matching booths and veils the others while searching', () => {
    const floor = mountFloor();
    floor.setMatches(new Set(['A-02', 'A-07', 'nope']));
    expect(floor.element.hasAttribute('data-searching')).to.be.true;
    expect(ids(floor.element.querySelectorAll('[data-match]'))).to.deep.equal(['A-02', 'A-07']);
    const veil = floor.element.querySelector('.veil')!;
    expect(shown(veil)).to.be.true;
    // The hall, then one hole per match.
    expect(veil.getAttribute('d')!.match(/M/g)).to.have.length(3);
    expect(
      Number(getComputedStyle(group(floor, 'A-02')).strokeWidth.replace('px', '')),
    ).to.be.above(Number(getComputedStyle(group(floor, 'A-03')).strokeWidth.replace('px', '')));
  });

  it('veils every booth when nothing matches', () => {
    const floor = mountFloor();
    floor.setMatches(new Set());
    expect(floor.element.querySelector('[data-match]')).to.equal(null);
    expect(shown(floor.element.querySelector('.veil'))).to.be.true;
  });

  it('ends the search with null: nothing is veiled or marked', () => {
    const floor = mountFloor();
    floor.setMatches(new Set(['A-02']));
    floor.setMatches(null);
    expect(floor.element.hasAttribute('data-searching')).to.be.false;
    expect(floor.element.querySelector('[data-match]')).to.equal(null);
    expect(floor.element.querySelector<SVGPathElement>('.veil')!.getBBox().width).to.equal(0);
  });

  it('touches only the booths whose match state changes', async () => {
    const floor = mountFloor();
    floor.setMatches(new Set(['A-01', 'A-02', 'A-03']));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(floor.element, { attributes: true, subtree: true });
    floor.setMatches(new Set(['A-02', 'A-03', 'A-04']));
    await Promise.resolve();
    observer.disconnect();
    const touched = records
      .map((r) => (r.target as Element).closest('[data-booth]')?.getAttribute('data-booth'))
      .filter(Boolean);
    expect(touched.sort()).to.deep.equal(['A-01', 'A-04']);
  });

  it('selects one booth at a time, with a ring drawn above its neighbours', () => {
    const floor = mountFloor();
    floor.setSelected('A-05');
    floor.setSelected('A-06');
    expect(ids(floor.element.querySelectorAll('[data-selected]'))).to.deep.equal(['A-06']);
    const ring = floor.element.querySelector('.ring')!;
    expect(floor.element.lastElementChild!.contains(ring)).to.be.true;
    expect(Number(ring.getAttribute('x'))).to.be.below(17);
    floor.setSelected(undefined);
    expect(floor.element.querySelector('[data-selected], .ring')).to.equal(null);
  });

  it('puts a star on planned booths and takes it off the others', () => {
    const floor = mountFloor();
    floor.setStarred(new Set(['A-01', 'A-02']));
    floor.setStarred(new Set(['A-02', 'A-03']));
    expect(ids(floor.element.querySelectorAll('[data-starred]'))).to.deep.equal(['A-02', 'A-03']);
    expect(floor.element.querySelectorAll('.star')).to.have.length(2);
    expect(group(floor, 'A-03').querySelector('.star')).not.to.equal(null);
  });

  it('finds the booth of a click on its rectangle or its number', () => {
    const floor = mountFloor();
    floor.setDetail(20);
    const clicked: Array<string | undefined> = [];
    floor.element.addEventListener('click', (event) => clicked.push(floor.boothAt(event.target)));
    group(floor, 'A-04')
      .querySelector('rect')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    group(floor, 'A-09')
      .querySelector('text')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    floor.element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).to.deep.equal(['A-04', 'A-09', undefined]);
    expect(floor.boothAt(document.body)).to.equal(undefined);
    expect(floor.boothAt(null)).to.equal(undefined);
  });

  it('leaves no timer behind after destroy', () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const floor = createFloor({ hall: HALL, booths: BOOTHS, landmarks: [], landmarkName });
    floor.setDetail(2);
    floor.setDetail(3);
    expect(clock.countTimers()).to.equal(1);
    floor.destroy();
    expect(clock.countTimers()).to.equal(0);
    clock.restore();
  });
});

// --- zoom ---------------------------------------------------------------------------------------

interface Mounted {
  zoom: ZoomPan;
  viewport: HTMLDivElement;
  content: HTMLDivElement;
}

/** A 400 × 300 viewport around a 1000 × 500 content box. */
function mountZoom(options: ZoomOptions = {}): Mounted {
  const viewport = document.createElement('div');
  viewport.style.cssText = 'position: relative; overflow: hidden; width: 400px; height: 300px';
  const content = document.createElement('div');
  content.style.cssText = 'position: absolute; top: 0; left: 0; width: 1000px; height: 500px';
  viewport.append(content);
  document.body.prepend(viewport);
  const zoom = new ZoomPan(viewport, content, { width: 1000, height: 500 }, options);
  cleanups.push(() => {
    zoom.destroy();
    viewport.remove();
  });
  return { zoom, viewport, content };
}

/** A client point at viewport coordinates (x, y). */
function at(viewport: HTMLElement, x: number, y: number): { clientX: number; clientY: number } {
  const box = viewport.getBoundingClientRect();
  return { clientX: box.left + x, clientY: box.top + y };
}

function wheel(target: HTMLElement, init: WheelEventInit): WheelEvent {
  const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function pointer(target: HTMLElement, type: string, init: PointerEventInit): void {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, cancelable: true, isPrimary: true, ...init }),
  );
}

/** The content point under viewport point (x, y). */
function contentAt(zoom: ZoomPan, x: number, y: number): { x: number; y: number } {
  const { scale, x: tx, y: ty } = zoom.state;
  return { x: (x - tx) / scale, y: (y - ty) / scale };
}

describe('booth map zoom', () => {
  it('fits the whole content, centred', () => {
    const { zoom, viewport, content } = mountZoom();
    expect(zoom.state).to.deep.equal({ scale: 0.4, x: 0, y: 50 });
    const box = content.getBoundingClientRect();
    const frame = viewport.getBoundingClientRect();
    expect(box.width).to.be.closeTo(400, 0.01);
    expect(box.top - frame.top).to.be.closeTo(50, 0.01);
    expect(frame.bottom - box.bottom).to.be.closeTo(50, 0.01);
  });

  it('zooms with CSS transforms from the top left corner', () => {
    const { zoom, content } = mountZoom();
    zoom.zoomBy(2, { x: 0, y: 50 });
    expect(content.style.transformOrigin).to.equal('0px 0px');
    expect(content.style.transform).to.equal('translate(0px, 50px) scale(0.8)');
  });

  it('leaves a plain wheel to the page', () => {
    const { zoom, viewport, content } = mountZoom();
    const before = zoom.state;
    const event = wheel(content, { deltaY: 100, ...at(viewport, 200, 150) });
    expect(event.defaultPrevented).to.be.false;
    expect(zoom.state).to.deep.equal(before);
  });

  it('zooms around the pointer on Ctrl+wheel', () => {
    const { zoom, viewport, content } = mountZoom();
    const under = contentAt(zoom, 100, 120);
    const event = wheel(content, { deltaY: -100, ctrlKey: true, ...at(viewport, 100, 120) });
    expect(event.defaultPrevented).to.be.true;
    expect(zoom.state.scale).to.be.above(0.4);
    const after = contentAt(zoom, 100, 120);
    expect(after.x).to.be.closeTo(under.x, 1e-6);
    expect(after.y).to.be.closeTo(under.y, 1e-6);
  });

  it("zooms around the pointer on Safari's trackpad pinch (gesture events)", () => {
    const { zoom, viewport, content } = mountZoom();
    const under = contentAt(zoom, 100, 120);
    const gesture = (type: string, scale: number) => {
      // Safari's GestureEvent: a MouseEvent with the gesture's scale since it began.
      const event = Object.assign(
        new MouseEvent(type, { bubbles: true, cancelable: true, ...at(viewport, 100, 120) }),
        { scale },
      );
      content.dispatchEvent(event);
      return event;
    };
    const before = zoom.state.scale;
    expect(gesture('gesturestart', 1).defaultPrevented).to.be.true;
    gesture('gesturechange', 1.5);
    gesture('gesturechange', 3);
    expect(zoom.state.scale).to.be.closeTo(before * 3, 1e-6);
    const after = contentAt(zoom, 100, 120);
    expect(after.x).to.be.closeTo(under.x, 1e-6);
    expect(after.y).to.be.closeTo(under.y, 1e-6);
  });

  it('zooms out on ⌘+wheel down', () => {
    const { zoom, viewport } = mountZoom();
    zoom.zoomBy(4);
    const event = wheel(viewport, { deltaY: 100, metaKey: true, ...at(viewport, 200, 150) });
    expect(event.defaultPrevented).to.be.true;
    expect(zoom.state.scale).to.be.below(1.6);
  });

  it('pans with a mouse drag', () => {
    const { zoom, viewport, content } = mountZoom();
    zoom.zoomBy(4);
    const { x, y } = zoom.state;
    const mouse = { pointerId: 1, pointerType: 'mouse', button: 0, buttons: 1 };
    pointer(content, 'pointerdown', { ...mouse, ...at(viewport, 200, 150) });
    pointer(content, 'pointermove', { ...mouse, ...at(viewport, 230, 140) });
    pointer(content, 'pointermove', { ...mouse, ...at(viewport, 260, 170) });
    pointer(content, 'pointerup', { ...mouse, buttons: 0, ...at(viewport, 260, 170) });
    expect(zoom.state.x).to.be.closeTo(x + 60, 1e-6);
    expect(zoom.state.y).to.be.closeTo(y + 20, 1e-6);
  });

  it('sends the click that ends a real drag to the viewport, not to what is under it', async () => {
    const { zoom, viewport } = mountZoom();
    const targets: EventTarget[] = [];
    viewport.addEventListener('click', (event) => targets.push(event.target!));
    const { x, y } = zoom.state;
    const box = viewport.getBoundingClientRect();
    const [left, top] = [Math.round(box.left + 200), Math.round(box.top + 150)];
    try {
      await sendMouse({ type: 'move', position: [left, top] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [left + 40, top + 10] });
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    expect(zoom.state.x).to.be.closeTo(x + 40, 1e-6);
    expect(zoom.state.y).to.be.closeTo(y + 10, 1e-6);
    expect(targets).to.deep.equal([viewport]);
  });

  it('keeps a press without movement a click on what is under it', () => {
    const { zoom, viewport, content } = mountZoom();
    const clicks = sinon.spy();
    content.addEventListener('click', clicks);
    const before = zoom.state;
    const mouse = { pointerId: 1, pointerType: 'mouse', button: 0 };
    pointer(content, 'pointerdown', { ...mouse, ...at(viewport, 200, 150) });
    pointer(content, 'pointermove', { ...mouse, ...at(viewport, 202, 151) });
    pointer(content, 'pointerup', { ...mouse, ...at(viewport, 202, 151) });
    content.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks.calledOnce).to.be.true;
    expect(zoom.state).to.deep.equal(before);
  });

  it('lets one finger scroll the page', () => {
    const { zoom, viewport, content } = mountZoom();
    expect(viewport.style.touchAction).to.equal('pan-x pan-y');
    const before = zoom.state;
    const finger = { pointerId: 11, pointerType: 'touch' };
    pointer(content, 'pointerdown', { ...finger, ...at(viewport, 200, 150) });
    pointer(content, 'pointermove', { ...finger, ...at(viewport, 200, 50) });
    expect(zoom.state).to.deep.equal(before);
  });

  it('pinches and pans with two fingers', () => {
    const { zoom, viewport, content } = mountZoom();
    const a = { pointerId: 11, pointerType: 'touch' };
    const b = { pointerId: 12, pointerType: 'touch' };
    const under = contentAt(zoom, 150, 150);
    pointer(content, 'pointerdown', { ...a, ...at(viewport, 100, 150) });
    pointer(content, 'pointerdown', { ...b, isPrimary: false, ...at(viewport, 200, 150) });
    // Fingers twice as far apart, their midpoint moved from (150, 150) to (200, 150).
    pointer(content, 'pointermove', { ...a, ...at(viewport, 100, 150) });
    pointer(content, 'pointermove', { ...b, isPrimary: false, ...at(viewport, 300, 150) });
    expect(zoom.state.scale).to.be.closeTo(0.8, 1e-9);
    const now = contentAt(zoom, 200, 150);
    expect(now.x).to.be.closeTo(under.x, 1e-6);
    expect(now.y).to.be.closeTo(under.y, 1e-6);
  });

  it('brings a rectangle into view, zoomed to at least minScale, centred', () => {
    const { zoom } = mountZoom();
    zoom.showRect({ x: 480, y: 240, w: 30, h: 20 }, { minScale: 2, animate: false });
    expect(zoom.state.scale).to.equal(2);
    const centre = contentAt(zoom, 200, 150);
    expect(centre.x).to.be.closeTo(495, 1e-6);
    expect(centre.y).to.be.closeTo(250, 1e-6);
  });

  it('leaves the view alone when the rectangle already shows at that scale', () => {
    const { zoom } = mountZoom();
    const before = zoom.state;
    zoom.showRect({ x: 480, y: 240, w: 30, h: 20 }, { animate: false });
    expect(zoom.state).to.deep.equal(before);
  });

  it('animates showRect unless reduced motion is asked for', () => {
    const reduce = sinon.stub(window, 'matchMedia');
    reduce.returns({ matches: false } as MediaQueryList);
    const moving = mountZoom();
    moving.zoom.showRect({ x: 480, y: 240, w: 30, h: 20 }, { minScale: 2 });
    expect(moving.content.getAnimations()).to.have.length(1);
    expect(moving.content.style.willChange).to.equal('transform');
    reduce.returns({ matches: true } as MediaQueryList);
    const still = mountZoom();
    still.zoom.showRect({ x: 480, y: 240, w: 30, h: 20 }, { minScale: 2 });
    expect(still.content.getAnimations()).to.have.length(0);
    expect(still.zoom.state.scale).to.equal(2);
    expect(reduce.alwaysCalledWith('(prefers-reduced-motion: reduce)')).to.be.true;
  });

  it('ends an animation at once when another step comes, moving on from its end', () => {
    sinon.stub(window, 'matchMedia').returns({ matches: false } as MediaQueryList);
    const { zoom, content } = mountZoom();
    zoom.showRect({ x: 480, y: 240, w: 30, h: 20 }, { minScale: 2 });
    const target = zoom.state;
    zoom.panBy(10, 0);
    expect(content.getAnimations()).to.have.length(0);
    expect(zoom.state).to.deep.equal({ ...target, x: target.x + 10 });
  });

  it('cannot pan the content out of view', () => {
    const { zoom, viewport, content } = mountZoom();
    zoom.zoomBy(4);
    for (const [dx, dy] of [
      [-1e5, -1e5],
      [1e5, 1e5],
    ]) {
      zoom.panBy(dx, dy);
      const box = content.getBoundingClientRect();
      const frame = viewport.getBoundingClientRect();
      const overlapX = Math.min(box.right, frame.right) - Math.max(box.left, frame.left);
      const overlapY = Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top);
      expect(overlapX).to.be.at.least(200 - 1e-6);
      expect(overlapY).to.be.at.least(150 - 1e-6);
    }
  });

  it('keeps the zoom between half and 32 times the scale that fits', () => {
    const { zoom } = mountZoom();
    zoom.zoomBy(1e4);
    expect(zoom.state.scale).to.be.closeTo(0.4 * 32, 1e-9);
    zoom.zoomBy(1e-6);
    expect(zoom.state.scale).to.be.closeTo(0.2, 1e-9);
  });

  it('reports every change of the view', () => {
    const onChange = sinon.spy();
    const { zoom } = mountZoom({ onChange });
    onChange.resetHistory();
    zoom.panBy(10, 0);
    expect(onChange.calledOnceWith(zoom.state)).to.be.true;
  });

  it('fits again when a fitted view is resized', async () => {
    const { zoom, viewport } = mountZoom();
    viewport.style.width = '200px';
    await nextFrame();
    await nextFrame();
    expect(zoom.state).to.deep.equal({ scale: 0.2, x: 0, y: 100 });
  });

  it('keeps the centre when a zoomed view is resized', async () => {
    const { zoom, viewport } = mountZoom();
    zoom.zoomBy(4);
    const centre = contentAt(zoom, 200, 150);
    viewport.style.width = '300px';
    await nextFrame();
    await nextFrame();
    const now = contentAt(zoom, 150, 150);
    expect(now.x).to.be.closeTo(centre.x, 1e-6);
    expect(now.y).to.be.closeTo(centre.y, 1e-6);
  });

  it('sets will-change once a drag moves the view, and drops it shortly after', async () => {
    const { viewport, content } = mountZoom();
    const mouse = { pointerId: 1, pointerType: 'mouse', button: 0 };
    pointer(content, 'pointerdown', { ...mouse, ...at(viewport, 200, 150) });
    expect(content.style.willChange).to.equal('');
    pointer(content, 'pointermove', { ...mouse, ...at(viewport, 240, 150) });
    expect(content.style.willChange).to.equal('transform');
    pointer(content, 'pointerup', { ...mouse, ...at(viewport, 240, 150) });
    await aTimeout(260);
    expect(content.style.willChange).to.equal('');
  });

  it('drops will-change shortly after the last wheel step', async () => {
    const { viewport, content } = mountZoom();
    wheel(viewport, { deltaY: -50, ctrlKey: true, ...at(viewport, 200, 150) });
    expect(content.style.willChange).to.equal('transform');
    await aTimeout(260);
    expect(content.style.willChange).to.equal('');
  });

  it('stops listening, observing and timing on destroy', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { zoom, viewport, content } = mountZoom();
    zoom.zoomBy(2);
    zoom.destroy();
    expect(clock.countTimers()).to.equal(0);
    clock.restore();
    const before = zoom.state;
    const event = wheel(content, { deltaY: -100, ctrlKey: true, ...at(viewport, 100, 100) });
    const mouse = { pointerId: 1, pointerType: 'mouse', button: 0 };
    pointer(content, 'pointerdown', { ...mouse, ...at(viewport, 200, 150) });
    pointer(content, 'pointermove', { ...mouse, ...at(viewport, 260, 150) });
    viewport.style.width = '200px';
    await nextFrame();
    await nextFrame();
    expect(event.defaultPrevented).to.be.false;
    expect(zoom.state).to.deep.equal(before);
    expect(viewport.style.touchAction).to.equal('');
    expect(content.style.willChange).to.equal('');
  });
});
