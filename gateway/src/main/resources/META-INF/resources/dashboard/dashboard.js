// The read-only provincial dashboard: the report of the unit shown (province, city or county) on a school year
// and date, and what the other services know of it. Every figure comes from the API through the gateway with the
// officer's own token, so a county officer sees only its county (the services apply the division rule).
'use strict';

const ROLES = ['province-officer', 'city-officer', 'county-officer'];
const HEADLINE = ['schools.total', 'schools.publicCompulsory', 'coverage.members', 'coverage.publicCompulsory',
  'communities.total', 'pairings.crossRegion'];
const MODELS = ['INTEGRATED', 'CO_CONSTRUCTION', 'COLLABORATIVE'];
const STAGES = ['PRIMARY', 'JUNIOR'];

const state = { lang: 'zh', home: null, unit: null, schoolYear: null, asOf: '' };
const names = {};
const charts = {};
let view = null;
let loading = 0;

const $ = id => document.getElementById(id);

function label(...path) {
  let value = LABELS[state.lang];
  for (const key of path) value = value == null ? undefined : value[key];
  return value == null ? path[path.length - 1] : value;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function number(value) {
  return (value || 0).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-US');
}

function percent(share) {
  return share == null ? '' : (share * 100).toFixed(1) + '%';
}

function figure(figures, key) {
  return (figures && figures[key]) || 0;
}

// --- API ------------------------------------------------------------------------------------------------------

class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || ('HTTP ' + status));
    this.status = status;
    this.type = body && body.type;
  }
}

async function api(path) {
  const answer = await fetch(path, {
    headers: { Authorization: 'Bearer ' + await Auth.accessToken(), Accept: 'application/json' },
  });
  const body = await answer.json().catch(() => null);
  if (!answer.ok) throw new Problem(answer.status, body);
  return body;
}

// --- where we are: school year, date, unit (kept in the address's fragment) -----------------------------------

function currentSchoolYear() {
  const today = new Date();
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

function readFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const year = Number(params.get('year'));
  state.schoolYear = year >= 2000 && year <= currentSchoolYear() + 1 ? year : currentSchoolYear();
  state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') || '') ? params.get('asOf') : '';
  state.unit = /^\d{6}$/.test(params.get('unit') || '') ? params.get('unit') : state.home;
  if (params.get('lang') === 'en' || params.get('lang') === 'zh') state.lang = params.get('lang');
}

function writeFragment() {
  const params = new URLSearchParams({ year: state.schoolYear, unit: state.unit, lang: state.lang });
  if (state.asOf) params.set('asOf', state.asOf);
  history.replaceState(null, '', '#' + params);
}

function ancestors(unit) {
  const chain = [unit.slice(0, 2) + '0000', unit.slice(0, 4) + '00', unit];
  const start = chain.indexOf(state.home);
  return chain.slice(start < 0 ? 2 : start).filter((code, i, all) => all.indexOf(code) === i);
}

function drill(unit) {
  state.unit = unit;
  writeFragment();
  load();
}

// --- loading --------------------------------------------------------------------------------------------------

async function load() {
  const ticket = ++loading;
  document.body.dataset.state = 'loading';
  const query = new URLSearchParams({ schoolYear: state.schoolYear });
  if (state.asOf) query.set('asOf', state.asOf);
  try {
    const report = await api(`/api/v1/reports/provincial/divisions/${state.unit}?${query}`);
    names[report.division] = report.name;
    for (const child of report.children) if (child.kind !== 'community') names[child.unit] = child.name;
    const [postings, sync, balance, ranking] = await Promise.all([
      postingsOf(report).catch(error => ({ error })),
      syncOf(report).catch(error => ({ error })),
      balanceOf(report).catch(error => ({ error })),
      rankingOf(report).catch(error => ({ error })),
    ]);
    if (ticket !== loading) return;
    view = { report, postings, sync, balance, ranking };
    $('message').hidden = true;
    $('panels').hidden = false;
    render();
    document.body.dataset.unit = report.division;
    document.body.dataset.schoolYear = report.schoolYear;
    document.body.dataset.asOf = report.asOf;
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (ticket !== loading) return;
    show(error.message);
    document.body.dataset.state = 'failed';
  }
}

/** Month ends of the school year up to the report's date: the county's rotation figures on each. */
async function postingsOf(report) {
  if (report.level !== 'county') return { onlyCounty: true };
  const end = report.asOf;
  const dates = [];
  for (let month = 0; month < 12; month++) {
    const first = new Date(Date.UTC(state.schoolYear, 8 + month + 1, 1));
    const last = new Date(first - 86400000).toISOString().slice(0, 10);
    if (last >= end) break;
    dates.push(last);
  }
  dates.push(end);
  const points = await Promise.all(dates.map(date => api(`/api/v1/staff/figures/counties/${report.division}?asOf=${date}`)));
  return { points };
}

function terms() {
  return [`${state.schoolYear}-AUTUMN`, `${state.schoolYear + 1}-SPRING`];
}

/** Synchronous-classroom minutes received by rural and township schools, per term, of the county or of each county of a city. */
async function syncOf(report) {
  if (report.level === 'province') return { onlyBelowCity: true };
  const counties = report.level === 'county' ? [report.division] : report.children.map(child => child.unit);
  const rows = await Promise.all(counties.map(async county => ({
    county,
    terms: await Promise.all(terms().map((term, i) => i === 1 && report.asOf < `${state.schoolYear + 1}-02-01`
      ? { term, ruralAndTownshipClassroomMinutes: 0 }
      : api(`/api/v1/figures/counties/${county}/sync-classroom?term=${term}&asOf=${report.asOf}`)
        .catch(error => ({ term, error })))),
  })));
  return { rows };
}

/** The balance verdicts of the county, or of each county of a city, for both stages. */
async function balanceOf(report) {
  if (report.level === 'province') return { onlyBelowCity: true };
  const counties = report.level === 'county' ? [report.division] : report.children.map(child => child.unit);
  const rows = [];
  await Promise.all(counties.flatMap(county => STAGES.map(async stage => {
    const verdict = await api(`/api/v1/balance/counties/${county}?schoolYear=${state.schoolYear}&stage=${stage}`)
      .catch(error => ({ error }));
    rows.push({ county, stage, verdict });
  })));
  rows.sort((a, b) => a.county.localeCompare(b.county) || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  return { rows };
}

/** The published assessment rounds of the unit shown (rounds of that division itself) in the school year. */
async function rankingOf(report) {
  const query = new URLSearchParams({ division: report.division, schoolYear: state.schoolYear });
  return { rounds: await api(`/api/v1/assessment/rounds?${query}`) };
}

// --- rendering ------------------------------------------------------------------------------------------------

function show(message) {
  $('message').textContent = message;
  $('message').hidden = false;
}

function applyLabels() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = label('title');
  for (const node of document.querySelectorAll('[data-label]')) node.textContent = label(node.dataset.label);
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id));
  return charts[id];
}

function render() {
  applyLabels();
  if (!view) return;
  renderTrail();
  renderHeadline(view.report);
  renderCoverage(view.report);
  renderModels(view.report);
  renderPostings(view.postings);
  renderSync(view.sync);
  renderBalance(view.balance);
  renderRanking(view.ranking);
}

function renderTrail() {
  const trail = $('trail');
  trail.replaceChildren();
  for (const code of ancestors(state.unit)) {
    if (code === state.unit) {
      trail.append(element('strong', names[code] || code));
    } else {
      const link = element('a', names[code] || code, { 'data-unit': code });
      link.addEventListener('click', () => drill(code));
      trail.append(link, ' › ');
    }
  }
}

function renderHeadline(report) {
  $('unit-name').textContent = `${report.name} (${label('level', report.level)} ${report.division})`;
  $('report-date').textContent = `${label('schoolYear')} ${report.schoolYear} · ${label('asOf')} ${report.asOf}`;
  const tiles = $('tiles');
  tiles.replaceChildren();
  for (const key of HEADLINE) {
    const tile = element('div', null, { class: 'tile', 'data-figure': key });
    tile.append(element('div', number(figure(report.figures, key)), { class: 'value' }),
      element('div', label('figure', key), { class: 'label' }));
    const share = report.shares && report.shares[key];
    if (share != null) tile.append(element('div', `${label('share')} ${percent(share)}`, { class: 'share' }));
    tiles.append(tile);
  }
  const quotas = $('quotas');
  quotas.replaceChildren();
  for (const quota of report.quotas || []) {
    quotas.append(element('p', `${label('quotas')} ${quota.from} – ${quota.to}: ${label('quotaTarget')} ${number(quota.target)}, `
      + `${label('quotaAchieved')} ${number(quota.achieved)} (${percent(quota.share)})`));
  }
}

function renderCoverage(report) {
  const communities = report.level === 'county';
  $('coverage-title').textContent = label(communities ? 'coverageCommunities' : 'coverage');
  $('coverage-hint').hidden = communities;
  const children = report.children;
  const columns = communities
    ? [['unit', false], ['models', false], ['members', true]]
    : [['unit', false], ['coverage.members', true], ['coverage.integratedOrCoConstruction', true],
      ['coverage.collaborative', true], ['schools.total', true]];
  const head = element('tr');
  for (const [key, numeric] of columns) {
    const title = key === 'unit' ? label('unit') : key === 'models' ? label('models') : label('figure', key);
    head.append(element('th', title, numeric ? { class: 'number' } : {}));
  }
  $('coverage-table').tHead.replaceChildren(head);
  const body = $('coverage-table').tBodies[0];
  body.replaceChildren();
  for (const child of children) {
    const row = element('tr', null, { 'data-unit': child.unit });
    for (const [key, numeric] of columns) {
      const text = key === 'unit' ? child.name : key === 'models' ? label('model', child.model) : number(figure(child.figures, key));
      row.append(element('td', text, numeric ? { class: 'number', 'data-figure': key } : {}));
    }
    if (!communities) {
      row.classList.add('drill');
      row.addEventListener('click', () => drill(child.unit));
    }
    body.append(row);
  }
  const series = communities
    ? [{ key: 'members', name: label('figure', 'members') }]
    : [{ key: 'coverage.integratedOrCoConstruction', name: label('figure', 'coverage.integratedOrCoConstruction') },
      { key: 'coverage.collaborative', name: label('figure', 'coverage.collaborative') }];
  const coverage = chart('coverage-chart');
  coverage.setOption({
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 30, bottom: 70 },
    xAxis: { type: 'category', data: children.map(child => child.name), axisLabel: { rotate: children.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map(s => ({ type: 'bar', stack: 'members', name: s.name, data: children.map(child => figure(child.figures, s.key)) })),
  }, true);
  coverage.off('click');
  if (!communities) coverage.on('click', event => drill(children[event.dataIndex].unit));
}

function renderModels(report) {
  chart('models-chart').setOption({
    tooltip: { trigger: 'item', renderMode: 'richText' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['35%', '65%'],
      label: { formatter: '{b}: {c}' },
      data: MODELS.map(model => ({ name: label('model', model), value: figure(report.figures, 'communities.model.' + model) })),
    }],
  }, true);
}

function panelNote(id, text) {
  $(id).querySelector('.note').textContent = text || '';
}

function renderPostings(postings) {
  const box = $('postings-chart');
  box.hidden = !postings.points;
  panelNote('postings', postings.onlyCounty ? label('postingsOnlyCounty')
    : postings.error ? `${label('unavailable')}: ${postings.error.message}` : '');
  if (!postings.points) return;
  const last = postings.points[postings.points.length - 1];
  panelNote('postings', `${label('postingsSeries', 'rotated')} ${last.rotated} / ${label('postingsSeries', 'eligible')} `
    + `${last.eligible} = ${last.rotationRatio == null ? '–' : percent(last.rotationRatio)} (≥ 10%)`);
  chart('postings-chart').setOption({
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: postings.points.map(point => point.asOf) },
    yAxis: { type: 'value', minInterval: 1 },
    series: ['eligible', 'rotated', 'backboneRotated'].map(key => ({
      type: 'line', name: label('postingsSeries', key), data: postings.points.map(point => point[key]),
    })),
  }, true);
  charts['postings-chart'].resize();
}

function renderSync(sync) {
  const box = $('sync-chart');
  box.hidden = !sync.rows;
  panelNote('sync', sync.onlyBelowCity ? label('syncOnlyBelowCity')
    : sync.error ? `${label('unavailable')}: ${sync.error.message}` : '');
  if (!sync.rows) return;
  const failed = sync.rows.flatMap(row => row.terms).find(term => term.error);
  if (failed) panelNote('sync', `${label('unavailable')} (${failed.term}): ${failed.error.message}`);
  chart('sync-chart').setOption({
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 30, bottom: 50 },
    xAxis: { type: 'category', data: sync.rows.map(row => names[row.county] || row.county) },
    yAxis: { type: 'value', name: label('syncHours') },
    series: terms().map((term, i) => ({
      type: 'bar', name: term,
      data: sync.rows.map(row => {
        const figures = row.terms[i];
        return figures.error ? null : Math.round(figures.ruralAndTownshipClassroomMinutes / 6) / 10;
      }),
    })),
  }, true);
  charts['sync-chart'].resize();
}

function renderBalance(balance) {
  const table = $('balance-table');
  table.hidden = !balance.rows;
  panelNote('balance', balance.onlyBelowCity ? label('balanceOnlyBelowCity')
    : balance.error ? `${label('unavailable')}: ${balance.error.message}` : '');
  if (!balance.rows) return;
  const head = element('tr');
  for (const title of [label('unit'), label('schoolYear'), label('quality'), label('basic')]) head.append(element('th', title));
  table.tHead.replaceChildren(head);
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const { county, stage, verdict } of balance.rows) {
    const row = element('tr', null, { 'data-unit': county, 'data-stage': stage });
    row.append(element('td', `${names[county] || county} · ${label('stage', stage)}`), element('td', state.schoolYear));
    if (verdict.error || verdict.included.length === 0) {
      const cell = element('td', !verdict.error ? label('noStatistics')
        : verdict.error.status === 404 || verdict.error.status === 422
          ? `${label('noStatistics')} (${verdict.error.message})` : `${label('unavailable')}: ${verdict.error.message}`);
      cell.colSpan = 2;
      row.append(cell);
    } else {
      const quality = verdict.quality.passed;
      row.append(element('td', quality ? label('passed') : `${label('failed')} (${verdict.quality.failingIndicators.length}/7)`,
        { class: quality ? 'passed' : 'failed' }));
      const composite = verdict.basic.composite;
      row.append(element('td', `${verdict.basic.passed ? label('passed') : label('failed')} `
        + `(${composite == null ? '–' : Number(composite).toFixed(3)} ≤ ${verdict.basic.limit})`,
        { class: verdict.basic.passed ? 'passed' : 'failed' }));
    }
    body.append(row);
  }
}

function renderRanking(ranking) {
  const rounds = $('ranking-rounds');
  rounds.replaceChildren();
  panelNote('ranking', ranking.error ? `${label('unavailable')}: ${ranking.error.message}`
    : ranking.rounds.length === 0 ? label('rankingNone') : '');
  if (ranking.error) return;
  const columns = ['rank', 'community', 'total', 'reward'];
  for (const round of ranking.rounds) {
    const box = element('div', null, { class: 'round', 'data-round': round.roundId });
    box.append(element('h3', `${round.schemeName || label('rankingScheme') + ' ' + round.roundId} · `
      + `${label('rankingVersion')} ${round.versions} · ${label('rankingCutOff')} ${round.cutOffDate}`));
    const table = element('table');
    const head = element('tr');
    for (const column of columns) {
      head.append(element('th', label('rankingColumns', column), column === 'community' ? {} : { class: 'number' }));
    }
    table.createTHead().append(head);
    const body = table.createTBody();
    for (const place of round.ranking) {
      const row = element('tr', null, { 'data-community': place.communityId });
      row.append(element('td', place.rank, { class: 'number', 'data-field': 'rank' }),
        element('td', place.communityName || place.communityId, { 'data-field': 'community' }),
        element('td', Number(place.total).toFixed(2), { class: 'number', 'data-field': 'total' }),
        element('td', '¥' + number(place.reward), { class: 'number', 'data-field': 'reward' }));
      body.append(row);
    }
    box.append(table);
    rounds.append(box);
  }
}

// --- controls and start ---------------------------------------------------------------------------------------

function setUpControls() {
  const years = $('school-year');
  for (let year = currentSchoolYear(); year >= 2018; year--) {
    years.append(element('option', `${year}-${year + 1}`, { value: year }));
  }
  years.value = state.schoolYear;
  const asOf = $('as-of');
  const bounds = () => {
    asOf.min = `${state.schoolYear}-09-01`;
    asOf.max = `${state.schoolYear + 1}-08-31`;
  };
  bounds();
  asOf.value = state.asOf;
  years.addEventListener('change', () => {
    state.schoolYear = Number(years.value);
    bounds();
    if (state.asOf && (state.asOf < asOf.min || state.asOf > asOf.max)) state.asOf = asOf.value = '';
    writeFragment();
    load();
  });
  asOf.addEventListener('change', () => {
    state.asOf = asOf.value;
    writeFragment();
    load();
  });
  $('language').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    writeFragment();
    render();
  });
  $('logout').addEventListener('click', () => Auth.logout());
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
}

async function start() {
  applyLabels();
  show(label('loading'));
  let claims;
  try {
    claims = await Auth.start();
  } catch (error) {
    show(error.message);
    document.body.dataset.state = 'failed';
    return;
  }
  const roles = (claims.realm_access && claims.realm_access.roles) || [];
  $('user').textContent = `${claims.preferred_username || ''} · ${claims.division || ''}`;
  if (!roles.some(role => ROLES.includes(role)) || !/^\d{6}$/.test(claims.division || '')) {
    show(label('notForRole'));
    document.body.dataset.state = 'refused';
    return;
  }
  state.home = claims.division;
  readFragment();
  applyLabels();
  setUpControls();
  writeFragment();
  load();
}

document.addEventListener('DOMContentLoaded', start);
