/*
 * The page of the Rivulet web UI and of `rivulet report`: renders the status JSON (io.rivulet.status.StatusJson)
 * into tables and SVG pictures. Each job's DAG is laid out by dagre (a compound graph: RDDs are nodes, stages
 * are clusters) and drawn here; timelines and histograms are drawn here too. No other library, no network.
 *
 * Modes: a report embeds its data in <script id="rivulet-data"> and the plan pictures of DataFrame jobs in
 * <template class="rivulet-plan">; the live page polls api/status while the application runs, fetches a stage run's
 * tasks (api/stages/<runId>/tasks) when its details are opened and a DataFrame job's plan (api/jobs/<id>/plan.svg).
 */
(function () {
  'use strict';

  var D = window.RivuletDraw;
  var el = D.el, svgEl = D.svgEl, append = D.append, title = D.title;
  var fmtCount = D.fmtCount, fmtBytes = D.fmtBytes, fmtDuration = D.fmtDuration, fmtTime = D.fmtTime;
  var clockTime = D.clockTime, stageColor = D.stageColor, histogram = D.histogram, timeAxis = D.timeAxis;
  var MAX_DAGS = 100; // io.rivulet.ui.Report.MAX_PLANS inlines the plans of as many jobs
  var MAX_TASK_ROWS = 200;
  var MAX_ROWS = 200;

  // Script errors are kept for tests (and anyone looking) to read: window.rivuletErrors.
  window.rivuletErrors = [];
  window.addEventListener('error', function (event) { window.rivuletErrors.push(String(event.message)); });

  var state = {
    live: true,
    data: null,
    text: null,
    openRuns: new Set(),
    dagCache: new Map(),
    planCache: new Map(),
    taskCache: new Map(),
    disconnected: false
  };

  // ---- small helpers ----------------------------------------------------------------------------------------

  function sameDay(a, b) {
    return fmtTime(a).slice(0, 10) === fmtTime(b).slice(0, 10);
  }

  /** Now, for the durations of what still runs: the end of a finished application. */
  function now(data) {
    return data.endTime || (state.live ? Date.now() : lastEventTime(data));
  }

  function lastEventTime(data) {
    var last = data.app.startTime;
    data.jobs.forEach(function (job) {
      last = Math.max(last, job.submissionTime, job.completionTime);
    });
    data.stages.forEach(function (stage) {
      last = Math.max(last, stage.submissionTime, stage.completionTime);
    });
    data.taskBars.forEach(function (bar) { last = Math.max(last, bar[3]); });
    return last;
  }

  function latest(shown, total, what) {
    return shown < total ? ' Showing the latest ' + shown + ' of ' + fmtCount(total) + ' ' + what + '.' : '';
  }

  function statusPill(status) {
    return el('span', {'class': 'status ' + status, text: status.toLowerCase()});
  }

  function progressBar(done, failed, total, label) {
    var bar = el('div', {'class': 'bar'});
    var donePct = total ? Math.min(100, 100 * done / total) : 0;
    bar.appendChild(el('div', {'class': 'done', style: 'width:' + donePct + '%'}));
    if (failed) {
      var failedPct = total ? Math.min(100 - donePct, 100 * failed / total) : 0;
      bar.appendChild(el('div', {'class': 'failed', style: 'left:' + donePct + '%;width:' + failedPct + '%'}));
    }
    bar.appendChild(el('span', {text: label}));
    return bar;
  }

  function panel(id, heading, hint, children) {
    return el('section', {'class': 'panel', id: id}, [
      el('h2', {text: heading}),
      hint ? el('p', {'class': 'hint', text: hint}) : null
    ].concat(children));
  }

  function table(id, headers, rows) {
    var head = el('tr', null, headers.map(function (h) {
      var numeric = h.charAt(0) === '#';
      return el('th', {'class': numeric ? 'num' : null, text: numeric ? h.slice(1) : h});
    }));
    return el('table', {id: id}, [el('thead', null, head), el('tbody', null, rows)]);
  }

  function cell(content, numeric) {
    return el('td', {'class': numeric ? 'num' : null}, content);
  }

  // ---- the model, as the page needs it ------------------------------------------------------------------------

  function index(data) {
    var byRun = new Map();
    var latestByStage = new Map();
    data.stages.forEach(function (stage) {
      byRun.set(stage.runId, stage);
      latestByStage.set(stage.stageId, stage);
    });
    return {byRun: byRun, latestByStage: latestByStage};
  }

  /**
   * The stages of a job, in its order: for each, the run that drew it (its latest in this job, or for a
   * skipped stage its latest run in any job) and how it stands in this job.
   */
  function jobStages(job, idx) {
    var runsOfJob = new Map();
    job.runIds.forEach(function (runId) {
      var run = idx.byRun.get(runId);
      if (run) runsOfJob.set(run.stageId, run);
    });
    var skipped = new Set(job.skippedStageIds);
    return job.stageIds.map(function (stageId) {
      var run = runsOfJob.get(stageId);
      var how;
      if (run) how = run.status === 'SUCCEEDED' ? 'succeeded' : run.status === 'FAILED' ? 'failed' : 'running';
      else if (skipped.has(stageId)) how = 'skipped';
      else how = job.status === 'RUNNING' ? 'pending' : 'skipped';
      return {stageId: stageId, run: run || idx.latestByStage.get(stageId) || null, how: how};
    });
  }

  // ---- header and summary -------------------------------------------------------------------------------------

  function renderHeader(data) {
    document.getElementById('app-name').textContent = data.app.appName;
    var stateNode = document.getElementById('app-state');
    var running = !data.endTime;
    var label = state.disconnected ? 'disconnected' : running ? (state.live ? 'running' : 'did not end') : 'finished';
    stateNode.textContent = label;
    stateNode.className = 'app-state ' + (state.disconnected ? 'disconnected' : running && state.live ? 'running'
      : 'finished');
    document.getElementById('app-meta').textContent = 'master ' + data.app.master + ' \u00b7 ' + data.app.slots
      + ' slot' + (data.app.slots === 1 ? '' : 's') + ' \u00b7 started ' + fmtTime(data.app.startTime) + ' \u00b7 '
      + (running ? 'up ' : 'ran ') + fmtDuration(now(data) - data.app.startTime)
      + (state.live ? '' : ' \u00b7 report');
    document.title = data.app.appName + ' \u00b7 Rivulet';
  }

  function renderSummary(data) {
    var jobsOk = 0, jobsFailed = 0, jobsRunning = 0, tasks = 0, tasksFailed = 0;
    data.jobs.forEach(function (job) {
      if (job.status === 'SUCCEEDED') jobsOk++;
      else if (job.status === 'FAILED') jobsFailed++;
      else jobsRunning++;
      tasks += job.tasksSucceeded;
      tasksFailed += job.tasksFailed;
    });
    var m = {recordsRead: 0, recordsWritten: 0, shuffleReadBytes: 0, shuffleWriteBytes: 0, spilledBytes: 0};
    data.stages.forEach(function (stage) {
      Object.keys(m).forEach(function (key) { m[key] += stage.taskMetrics[key]; });
    });
    var cachedBytes = 0;
    data.storage.forEach(function (rdd) { cachedBytes += rdd.memoryBytes + rdd.diskBytes; });
    function card(label, value, sub) {
      return el('div', {'class': 'card'}, [
        el('div', {'class': 'label', text: label}), el('div', {'class': 'value', text: value}),
        sub ? el('div', {'class': 'sub', text: sub}) : null]);
    }
    return el('div', {'class': 'cards', id: 'summary'}, [
      card('Jobs', fmtCount(data.jobs.length), jobsOk + ' succeeded, ' + jobsFailed + ' failed'
        + (jobsRunning ? ', ' + jobsRunning + ' running' : '')),
      card('Stage runs', fmtCount(data.stages.length)),
      card('Tasks', fmtCount(tasks), tasksFailed ? fmtCount(tasksFailed) + ' failed attempts' : 'no failures'),
      card('Records read', fmtCount(m.recordsRead), 'written ' + fmtCount(m.recordsWritten)),
      card('Shuffle write', fmtBytes(m.shuffleWriteBytes), 'read ' + fmtBytes(m.shuffleReadBytes)),
      card('Spilled', fmtBytes(m.spilledBytes), fmtCount(data.spills.count) + ' spills'),
      card('Cached', fmtBytes(cachedBytes), data.storage.length + ' RDD' + (data.storage.length === 1 ? '' : 's'))
    ]);
  }

  // ---- jobs ---------------------------------------------------------------------------------------------------

  function renderJobs(data, idx) {
    if (!data.jobs.length) {
      return panel('jobs', 'Jobs', null, el('p', {'class': 'empty', text: 'No job has run yet.'}));
    }
    var shown = data.jobs.slice(-MAX_ROWS);
    var rows = shown.map(function (job) {
      var stages = jobStages(job, idx);
      var ran = stages.filter(function (s) { return s.how !== 'skipped'; }).length;
      var done = stages.filter(function (s) { return s.how === 'succeeded'; }).length;
      var skipped = stages.length - ran;
      var end = job.completionTime || now(data);
      var totalTasks = 0;
      stages.forEach(function (s) { if (s.how !== 'skipped' && s.run) totalTasks += s.run.numTasks; });
      totalTasks = Math.max(totalTasks, job.tasksSucceeded);
      return el('tr', {'class': 'job-row', 'data-job-id': job.jobId}, [
        cell(String(job.jobId), true),
        cell([el('a', {href: '#job-' + job.jobId, text: job.name}),
          job.failureReason ? el('div', {'class': 'error', text: job.failureReason}) : null]),
        cell(sameDay(job.submissionTime, data.app.startTime) ? clockTime(job.submissionTime)
          : fmtTime(job.submissionTime)),
        cell(fmtDuration(end - job.submissionTime), true),
        cell(done + '/' + ran + (skipped ? ' (' + skipped + ' skipped)' : ''), true),
        cell(progressBar(job.tasksSucceeded, job.tasksFailed, totalTasks,
          fmtCount(job.tasksSucceeded) + '/' + fmtCount(totalTasks)
          + (job.tasksFailed ? ' (' + job.tasksFailed + ' failed)' : ''))),
        cell(statusPill(job.status))
      ]);
    });
    return panel('jobs', 'Jobs', 'One job per action. Its stages: those that ran; skipped ones reused shuffle '
      + 'output of an earlier job.' + latest(shown.length, data.jobs.length, 'jobs'), table('jobs-table',
      ['#Job', 'Description', 'Submitted', '#Duration', '#Stages', 'Tasks', 'Status'], rows));
  }

  // ---- DAGs ---------------------------------------------------------------------------------------------------

  function renderDags(data, idx) {
    var jobs = data.jobs.slice(-MAX_DAGS);
    var blocks = jobs.map(function (job) { return dagBlock(job, idx, data); });
    var hint = 'Each box is a stage: the RDDs in it are pipelined, one task per partition. Dashed orange arrows '
      + 'are shuffles, where one stage ends and the next begins. Green RDDs are persisted; grey dashed stages were '
      + 'skipped because their shuffle output already existed. A DataFrame job shows its physical plan beside its '
      + 'stages: one box per operator with the rows it gave and the time in it (with the operators above it in its '
      + 'stage), arrows pointing to the operator that reads it.'
      + (data.jobs.length > jobs.length ? ' Showing the last ' + jobs.length + ' jobs.' : '');
    return panel('dags', 'DAGs', hint, [D.dagLegend()].concat(blocks.length ? blocks
      : [el('p', {'class': 'empty', text: 'No job has run yet.'})]));
  }

  function dagBlock(job, idx, data) {
    var stages = jobStages(job, idx);
    var signature = JSON.stringify([job.status, stages.map(function (s) {
      return [s.stageId, s.how, s.run ? s.run.runId : -1];
    })]);
    var cached = state.dagCache.get(job.jobId);
    var picture;
    if (cached && cached.signature === signature) {
      picture = cached.picture;
    } else {
      try {
        picture = D.drawDag(job, stages);
      } catch (e) {
        picture = el('p', {'class': 'error', text: 'The DAG could not be drawn: ' + e});
      }
      state.dagCache.set(job.jobId, {signature: signature, picture: picture});
    }
    var skipped = stages.filter(function (s) { return s.how === 'skipped'; }).length;
    var end = job.completionTime || now(data);
    return el('div', {'class': 'dag-block', id: 'job-' + job.jobId, 'data-job-id': job.jobId}, [
      el('h3', null, ['Job ' + job.jobId + ': ' + job.name + ' ', el('span', {'class': 'meta',
        text: '\u00b7 ' + job.status.toLowerCase() + ' in ' + fmtDuration(end - job.submissionTime) + ' \u00b7 '
          + stages.length + ' stage' + (stages.length === 1 ? '' : 's')
          + (skipped ? ' (' + skipped + ' skipped)' : '')})]),
      job.hasPlan ? el('div', {'class': 'job-pictures'}, [
        el('figure', {'class': 'plan-figure'}, [el('figcaption', {'class': 'small', text: 'Physical plan'}),
          el('div', {'class': 'dag-scroll'}, planHolder(job))]),
        el('figure', {'class': 'stages-figure'}, [el('figcaption', {'class': 'small', text: 'Stages'}),
          el('div', {'class': 'dag-scroll'}, picture)])
      ]) : el('div', {'class': 'dag-scroll'}, picture)
    ]);
  }

  /**
   * The picture of a DataFrame job's physical plan, drawn by the server (io.rivulet.ui.PlanSvg): a report has it
   * inline in a <template>; the live page fetches api/jobs/<id>/plan.svg again whenever the job's tasks progressed
   * (operators' metrics grow as tasks succeed), and once more when it ended. The holder stays the same element, so
   * a redraw of the page keeps the last picture while the next one loads.
   */
  function planHolder(job) {
    var key = job.status + ':' + job.tasksSucceeded + ':' + job.tasksFailed;
    var cached = state.planCache.get(job.jobId);
    if (cached && cached.key === key) return cached.holder;
    var holder = cached ? cached.holder : el('div', {'class': 'plan-holder', 'data-job-id': job.jobId},
      el('p', {'class': 'empty', text: 'Loading the plan\u2026'}));
    state.planCache.set(job.jobId, {key: key, holder: holder});
    if (!state.live) {
      var template = document.querySelector('template.rivulet-plan[data-job-id="' + job.jobId + '"]');
      showPlan(holder, template ? document.importNode(template.content, true) : null);
      return holder;
    }
    fetch('api/jobs/' + job.jobId + '/plan.svg', {cache: 'no-store'}).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    }).then(function (text) {
      var parsed = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      showPlan(holder, parsed && parsed.nodeName === 'svg' ? document.importNode(parsed, true) : null);
    }).catch(function () { /* the application ended, or the job is no longer retained: keep what is shown */ });
    return holder;
  }

  function showPlan(holder, picture) {
    holder.textContent = '';
    holder.appendChild(picture || el('p', {'class': 'empty', text: 'The plan is not in this report.'}));
  }

  // ---- stages -------------------------------------------------------------------------------------------------

  function renderStages(data, idx) {
    if (!data.stages.length) {
      return panel('stages', 'Stages', null, el('p', {'class': 'empty', text: 'No stage has run yet.'}));
    }
    var rows = [];
    var shown = data.stages.slice(-MAX_ROWS);
    shown.forEach(function (stage) {
      var m = stage.status === 'RUNNING' ? stage.taskMetrics : stage.metrics;
      var end = stage.completionTime || now(data);
      var open = state.openRuns.has(stage.runId);
      var row = el('tr', {'class': 'clickable stage-row' + (open ? ' open' : ''), 'data-run-id': stage.runId,
        title: 'Show the tasks of this stage'}, [
        cell(stage.stageId + (stage.attempt ? ' (retry ' + stage.attempt + ')' : ''), true),
        cell(stage.jobIds.join(', ')),
        cell([stage.name, el('div', {'class': 'callsite', text: stage.isShuffleMap ? 'shuffle map stage'
          : 'result stage'}),
          stage.failureReason ? el('div', {'class': 'error', text: stage.failureReason}) : null]),
        cell(clockTime(stage.submissionTime)),
        cell(fmtDuration(end - stage.submissionTime), true),
        cell(progressBar(stage.tasksSucceeded, stage.tasksFailed, stage.numTasks,
          stage.tasksSucceeded + '/' + stage.numTasks + (stage.tasksFailed ? ' (' + stage.tasksFailed + ' failed)'
            : ''))),
        cell(fmtCount(m.recordsRead), true),
        cell(fmtCount(m.recordsWritten), true),
        cell(m.shuffleReadBytes ? fmtBytes(m.shuffleReadBytes) : '', true),
        cell(m.shuffleWriteBytes ? fmtBytes(m.shuffleWriteBytes) : '', true),
        cell(m.spilledBytes ? fmtBytes(m.spilledBytes) : '', true),
        cell(statusPill(stage.status))
      ]);
      row.addEventListener('click', function () { toggleStage(stage.runId); });
      rows.push(row);
      if (open) rows.push(stageDetails(stage, data));
    });
    return panel('stages', 'Stages', 'One row per stage run (a stage runs again when shuffle output it needs was '
      + 'lost). Click a row for its tasks and the distribution of their durations.'
      + latest(shown.length, data.stages.length, 'stage runs'),
      table('stages-table', ['#Stage', 'Jobs', 'Description', 'Submitted', '#Duration', 'Tasks', '#Records read',
        '#Records written', '#Shuffle read', '#Shuffle write', '#Spilled', 'Status'], rows));
  }

  function toggleStage(runId) {
    if (state.openRuns.has(runId)) state.openRuns.delete(runId);
    else state.openRuns.add(runId);
    render(state.data);
  }

  function stageDetails(stage, data) {
    var summary = el('div', {'class': 'two-col'}, [
      el('div', null, [
        el('div', {'class': 'small', text: 'Task durations (' + stage.taskDurations.length + ' successful tasks)'}),
        histogram(stage.taskDurations, 480, 150)
      ]),
      el('div', null, [
        quantiles(stage.taskDurations),
        el('div', {'class': 'small', text: 'RDDs pipelined in this stage:'}),
        el('ul', {'class': 'rdd-list'}, stage.rdds.map(function (rdd) {
          return el('li', null, [rdd.name + ' [' + rdd.id + '] ', el('span', {'class': 'callsite',
            text: 'at ' + rdd.callSite + ' \u00b7 ' + rdd.numPartitions + ' partitions'
              + (rdd.storageLevel !== 'NONE' ? ' \u00b7 ' + rdd.storageLevel : '')})]);
        }))
      ])
    ]);
    var tasks = el('div', {'class': 'tasks-holder'}, el('p', {'class': 'empty', text: 'Loading the tasks\u2026'}));
    loadTasks(stage, data, function (list) {
      tasks.textContent = '';
      tasks.appendChild(taskTable(stage, list));
    });
    return el('tr', {'class': 'stage-details', 'data-run-id': stage.runId},
      el('td', {'class': 'details-cell', colspan: 12}, [summary, tasks]));
  }

  function loadTasks(stage, data, done) {
    if (!state.live) {
      done((data.tasks && data.tasks[stage.runId]) || []);
      return;
    }
    var cached = state.taskCache.get(stage.runId);
    if (cached) {
      done(cached.tasks);
      if (cached.final) return;
    }
    fetch('api/stages/' + stage.runId + '/tasks').then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    }).then(function (tasks) {
      state.taskCache.set(stage.runId, {tasks: tasks, final: stage.status !== 'RUNNING'});
      done(tasks);
    }).catch(function () { /* the application ended: keep what is shown */ });
  }

  function taskTable(stage, tasks) {
    if (!tasks.length) return el('p', {'class': 'empty', text: 'No task has ended yet.'});
    var sorted = tasks.slice().sort(function (a, b) { return a.taskId - b.taskId; });
    var rows = sorted.slice(0, MAX_TASK_ROWS).map(function (t) {
      var m = t.metrics;
      return el('tr', {'class': 'task-row'}, [
        cell(String(t.taskId), true),
        cell(String(t.partition), true),
        cell(String(t.attempt), true),
        cell(shortSlot(t.slot)),
        cell('+' + fmtDuration(t.launchTime - stage.submissionTime), true),
        cell(fmtDuration(t.finishTime - t.launchTime), true),
        cell(fmtCount(m.recordsRead), true),
        cell(fmtCount(m.recordsWritten), true),
        cell(m.shuffleReadBytes ? fmtBytes(m.shuffleReadBytes) : '', true),
        cell(m.shuffleWriteBytes ? fmtBytes(m.shuffleWriteBytes) : '', true),
        cell(m.spilledBytes ? fmtBytes(m.spilledBytes) : '', true),
        cell(t.successful ? statusPill('SUCCEEDED') : [statusPill('FAILED'),
          el('div', {'class': 'error', text: t.failureReason || ''})])
      ]);
    });
    var total = stage.tasksSucceeded + stage.tasksFailed;
    var note = total > rows.length ? el('div', {'class': 'small', text: 'The first ' + rows.length + ' of '
      + fmtCount(total) + ' tasks.'}) : null;
    return el('div', null, [table('tasks-' + stage.runId, ['#Task', '#Partition', '#Attempt', 'Slot', '#Launched',
      '#Duration', '#Records read', '#Records written', '#Shuffle read', '#Shuffle write', '#Spilled', 'Status'], rows),
      note]);
  }

  function shortSlot(name) {
    var match = /-(\d+)$/.exec(name || '');
    return match ? 'slot ' + match[1] : name;
  }

  function quantiles(values) {
    if (!values.length) return null;
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    function q(p) { return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))]; }
    var labels = ['Min', '25th', 'Median', '75th', 'Max'];
    var points = [0, 0.25, 0.5, 0.75, 1];
    return el('table', {'class': 'quantiles'}, [
      el('tr', null, labels.map(function (l) { return el('th', {text: l}); })),
      el('tr', null, points.map(function (p) { return el('td', {text: fmtDuration(q(p))}); }))
    ]);
  }

  // ---- timeline, durations, storage, slots, spills, settings -------------------------------------------------

  /** A histogram of durations (ms): up to 20 bins over [min, max]. */
  /** Stage runs over time, one row each, over bands for their jobs. */
  function renderTimeline(data) {
    if (!data.stages.length) {
      return panel('timeline', 'Stage timeline', null, el('p', {'class': 'empty', text: 'No stage has run yet.'}));
    }
    var stages = data.stages.slice(-MAX_ROWS);
    var start = stages[0].submissionTime;
    data.jobs.forEach(function (job) {
      if (job.jobId >= stages[0].jobIds[0]) start = Math.min(start, job.submissionTime);
    });
    var end = now(data);
    var labelW = 190, width = 1100, rowH = 20, top = 22;
    var plotW = width - labelW - 20;
    var height = top + stages.length * rowH + 24;
    var svg = svgEl('svg', {'class': 'chart timeline', id: 'stage-timeline', width: width, height: height});
    function xOf(t) { return labelW + plotW * (t - start) / Math.max(1, end - start); }
    data.jobs.forEach(function (job, i) {
      if ((job.completionTime || end) < start) return;
      var x1 = xOf(Math.max(start, job.submissionTime)), x2 = xOf(job.completionTime || end);
      svg.appendChild(svgEl('rect', {'class': 'job-band' + (i % 2 ? ' odd' : ''), x: x1, y: 14,
        width: Math.max(1, x2 - x1), height: height - 38}, title(job.name)));
      if (x2 - x1 > 30) {
        svg.appendChild(svgEl('text', {'class': 'job-label', x: x1 + 3, y: 11, text: 'Job ' + job.jobId}));
      }
    });
    timeAxis(svg, labelW, plotW, height - 24, start, end);
    stages.forEach(function (stage, i) {
      var y = top + i * rowH;
      svg.appendChild(svgEl('text', {'class': 'row-label', x: 4, y: y + 13, text: 'Stage ' + stage.stageId
        + (stage.attempt ? ' retry ' + stage.attempt : '') + ' \u00b7 job ' + stage.jobIds.join(',')}));
      var x1 = xOf(stage.submissionTime), x2 = xOf(stage.completionTime || end);
      svg.appendChild(svgEl('rect', {'class': 'stage-bar ' + stage.status, x: x1, y: y + 3, width: Math.max(2, x2 - x1),
        height: rowH - 6, rx: 2}, title('Stage ' + stage.stageId + ': ' + stage.name + '\n'
        + fmtDuration((stage.completionTime || end) - stage.submissionTime) + ', ' + stage.numTasks + ' tasks')));
    });
    return panel('timeline', 'Stage timeline', 'When each stage ran, within the span of its job (the shaded bands). '
      + 'A stage starts when the stages whose shuffle output it reads have ended.'
      + latest(stages.length, data.stages.length, 'stage runs'),
      el('div', {'class': 'dag-scroll'}, svg));
  }

  function renderDurations(data) {
    var all = [];
    data.stages.forEach(function (stage) { all = all.concat(stage.taskDurations); });
    return panel('durations', 'Task durations', 'How long the successful tasks of all stages took. A long tail '
      + 'means skew: a few partitions much bigger than the rest.', [histogram(all, 720, 200, 'duration-histogram'),
      quantiles(all)]);
  }

  function renderStorage(data) {
    var rows = data.storage.map(function (rdd) {
      return el('tr', {'class': 'storage-row'}, [
        cell(String(rdd.id), true), cell(rdd.name), cell(rdd.storageLevel),
        cell(rdd.numCachedPartitions + '/' + rdd.numPartitions, true),
        cell(fmtBytes(rdd.memoryBytes), true), cell(fmtBytes(rdd.diskBytes), true)]);
    });
    return panel('storage', 'Storage', 'Persisted RDDs and what they hold now (' + (state.live && !data.endTime
      ? 'live' : 'when the application ended') + '). Partitions not cached are recomputed from lineage when needed.',
      rows.length ? table('storage-table', ['#RDD', 'Name', 'Storage level', '#Cached partitions', '#In memory',
        '#On disk'], rows) : el('p', {'class': 'empty', text: 'No RDD is persisted.'}));
  }

  function renderSlots(data) {
    var span = Math.max(1, now(data) - data.app.startTime);
    var rows = data.slots.map(function (slot) {
      return el('tr', {'class': 'slot-row'}, [cell(shortSlot(slot.name)), cell(slot.name),
        cell(fmtCount(slot.tasks), true), cell(fmtCount(slot.failedTasks), true),
        cell(fmtDuration(slot.busyMillis), true), cell((100 * slot.busyMillis / span).toFixed(1) + '%', true)]);
    });
    var children = [rows.length ? table('slots-table', ['Slot', 'Thread', '#Tasks', '#Failed', '#Busy',
      '#Busy share'], rows) : el('p', {'class': 'empty', text: 'No task has run yet.'})];
    if (data.taskBars.length) children.push(slotLanes(data));
    return panel('slots', 'Slots (' + data.app.slots + ')', 'A slot runs one task at a time; ' + data.app.master
      + ' gives ' + data.app.slots + '. Below, each task on its slot over time, coloured by stage.', children);
  }

  function slotLanes(data) {
    var bars = data.taskBars;
    var start = bars[0][2], end = 0;
    bars.forEach(function (b) { start = Math.min(start, b[2]); end = Math.max(end, b[3]); });
    var idx = index(data);
    var lanes = Math.max(1, data.slots.length);
    var labelW = 70, width = 1100, laneH = 18, top = 6;
    var plotW = width - labelW - 20;
    var height = top + lanes * laneH + 26;
    var svg = svgEl('svg', {'class': 'chart slot-lanes', id: 'slot-lanes', width: width, height: height});
    function xOf(t) { return labelW + plotW * (t - start) / Math.max(1, end - start); }
    timeAxis(svg, labelW, plotW, height - 24, start, end);
    data.slots.forEach(function (slot, i) {
      svg.appendChild(svgEl('text', {'class': 'row-label', x: 4, y: top + i * laneH + 13, text: shortSlot(slot.name)}));
    });
    bars.forEach(function (b) {
      var run = idx.byRun.get(b[0]);
      var stageId = run ? run.stageId : 0;
      var x1 = xOf(b[2]), x2 = xOf(b[3]);
      svg.appendChild(svgEl('rect', {'class': 'task-bar' + (b[4] ? '' : ' failed'), x: x1, y: top + b[1] * laneH + 2,
        width: Math.max(1, x2 - x1 - 0.5), height: laneH - 4, fill: stageColor(stageId)},
        title('stage ' + stageId + (run ? ' (' + run.name + ')' : '') + ': ' + fmtDuration(b[3] - b[2])
          + (b[4] ? '' : ', failed'))));
    });
    var stagesShown = [];
    bars.forEach(function (b) {
      var run = idx.byRun.get(b[0]);
      if (run && stagesShown.indexOf(run.stageId) < 0) stagesShown.push(run.stageId);
    });
    var key = el('div', {'class': 'legend'}, stagesShown.slice(0, 20).map(function (stageId) {
      var s = svgEl('svg', {width: 14, height: 12}, svgEl('rect', {x: 1, y: 1, width: 12, height: 10,
        fill: stageColor(stageId)}));
      return el('span', null, [s, ' stage ' + stageId]);
    }));
    return el('div', null, [el('div', {'class': 'dag-scroll'}, svg), key]);
  }

  function renderSpills(data) {
    var rows = data.spills.recent.slice().reverse().map(function (s) {
      return el('tr', {'class': 'spill-row'}, [cell(String(s.stageId), true), cell(String(s.partition), true),
        cell(String(s.taskId), true), cell(s.what), cell(fmtCount(s.records), true), cell(fmtBytes(s.bytes), true),
        cell(el('span', {'class': 'small', text: s.cause}))]);
    });
    var headers = ['#Stage', '#Partition', '#Task', 'Buffer', '#Records', '#Bytes', 'Why'];
    var children = [];
    if (!rows.length) {
      children.push(el('p', {'class': 'empty', text: 'Nothing spilled.'}));
    } else {
      children.push(table('spills-table', headers, rows.slice(0, 10)));
      if (rows.length > 10) {
        children.push(el('details', null, [el('summary', {text: (rows.length - 10) + ' earlier spills'}),
          table('spills-table-earlier', headers, rows.slice(10))]));
      }
    }
    return panel('spills', 'Spills', fmtCount(data.spills.count) + ' spill' + (data.spills.count === 1 ? '' : 's')
      + ', ' + fmtBytes(data.spills.bytes) + ' written to local disk because a task\u2019s buffer outgrew its share of '
      + 'execution memory.' + (rows.length ? ' The latest first:' : ''), children);
  }

  function renderSettings(data) {
    var keys = Object.keys(data.app.settings).sort();
    return panel('settings', 'Settings', 'The rivulet.* settings in force (defaults not listed).',
      keys.length ? table('settings-table', ['Key', 'Value'], keys.map(function (key) {
        return el('tr', null, [cell(key), cell(data.app.settings[key])]);
      })) : el('p', {'class': 'empty', text: 'All defaults.'}));
  }

  // ---- the page -----------------------------------------------------------------------------------------------

  function render(data) {
    state.data = data;
    var idx = index(data);
    renderHeader(data);
    var app = document.getElementById('app');
    var content = document.createDocumentFragment();
    append(content, [renderSummary(data), renderJobs(data, idx), renderDags(data, idx), renderStages(data, idx),
      renderTimeline(data), renderDurations(data), renderStorage(data), renderSlots(data), renderSpills(data),
      renderSettings(data)]);
    app.textContent = '';
    app.appendChild(content);
    document.body.setAttribute('data-rendered', String(Number(document.body.getAttribute('data-rendered') || 0) + 1));
  }

  function poll() {
    fetch('api/status', {cache: 'no-store'}).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    }).then(function (text) {
      state.disconnected = false;
      var data = JSON.parse(text);
      var running = !data.endTime && data.jobs.some(function (job) { return job.status === 'RUNNING'; });
      // While jobs run their durations tick, so the page is redrawn even when no event came.
      if (text !== state.text || running) {
        state.text = text;
        render(data);
      }
      setTimeout(poll, data.endTime ? 10000 : running ? 1000 : 2000);
    }).catch(function () {
      // The application ended and took its server along: keep the last picture, say so, try again slowly.
      state.disconnected = true;
      if (state.data) renderHeader(state.data);
      setTimeout(poll, 5000);
    });
  }

  function boot() {
    var embedded = document.getElementById('rivulet-data');
    if (embedded) {
      state.live = false;
      render(JSON.parse(embedded.textContent));
    } else {
      poll();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
