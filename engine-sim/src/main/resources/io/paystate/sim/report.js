// Draws the report's charts from the JSON in <script id="report-data">. The figures are computed
// in Java; this script only lays them out, so it stays generic: one Chart.js chart per entry.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const grouped = new Intl.NumberFormat('en-US');

  // Shades the days after the last creation day: nothing new arrives there, the run only finishes
  // what already arrived, and without the shading the tail of every chart looks like a collapse.
  const drain = {
    id: 'drain',
    beforeDatasetsDraw(chart, args, options) {
      if (options.from === null || options.from === undefined) return;
      const x = chart.scales.x;
      const area = chart.chartArea;
      const left = Math.max(area.left, x.getPixelForValue(options.from - 0.5));
      const ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = 'rgba(140, 149, 159, 0.15)';
      ctx.fillRect(left, area.top, area.right - left, area.bottom - area.top);
      ctx.fillStyle = '#57606a';
      ctx.font = '12px sans-serif';
      ctx.fillText('no new intents', left + 6, area.top + 14);
      ctx.restore();
    }
  };

  // Vertical lines with a label: percentiles and the 7-day hold window on the capture histogram.
  const markers = {
    id: 'markers',
    afterDatasetsDraw(chart, args, options) {
      const list = options.list || [];
      const x = chart.scales.x;
      const area = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = '12px sans-serif';
      list.forEach((m, i) => {
        const px = x.getPixelForValue(m.at);
        if (px < area.left || px > area.right) return;
        ctx.strokeStyle = i === list.length - 1 ? '#cf222e' : '#1f2328';
        ctx.setLineDash(i === list.length - 1 ? [] : [4, 3]);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        // staggered, so that labels of close percentiles do not print over each other; on a white
        // backing so that they stay legible over the bars; left of the line near the right edge
        const width = ctx.measureText(m.label).width;
        const tx = px + 4 + width > area.right ? px - 4 - width : px + 4;
        const ty = area.top + 14 + 15 * i;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
        ctx.fillRect(tx - 2, ty - 11, width + 4, 14);
        ctx.fillStyle = ctx.strokeStyle;
        ctx.fillText(m.label, tx, ty);
      });
      ctx.restore();
    }
  };

  function axisTitle(text) {
    return { display: true, text: text };
  }

  function config(id, spec) {
    const timeSeries = !spec.labels;
    const datasets = spec.series.map(s => ({
      label: s.label, data: s.data, yAxisID: s.axis === 'amount' ? 'amount' : 'y',
      pointRadius: 0, borderWidth: 2, tension: 0.15
    }));
    const scales = {
      x: { title: axisTitle(timeSeries ? 'virtual day' : spec.xTitle), ticks: { autoSkip: true, maxRotation: 0 } },
      y: { beginAtZero: true, title: axisTitle(spec.yTitle), ticks: { callback: v => grouped.format(v) } }
    };
    if (spec.amountTitle) {
      scales.amount = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
        title: axisTitle(spec.amountTitle), ticks: { callback: v => grouped.format(v) } };
    }
    return {
      type: spec.type,
      data: { labels: timeSeries ? data.days : spec.labels, datasets: datasets },
      plugins: [drain, markers],
      options: {
        animation: false, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
        scales: scales,
        plugins: {
          // one series explains itself through the axis title; a legend would only repeat it
          legend: { display: spec.series.length > 1 },
          drain: { from: timeSeries ? data.drainFrom : null },
          markers: { list: spec.markers || [] },
          tooltip: { callbacks: { label: c => c.dataset.label + ': ' + grouped.format(c.parsed.y) } }
        }
      }
    };
  }

  Object.entries(data.charts).forEach(([id, spec]) => {
    const canvas = document.getElementById(id);
    try {
      new Chart(canvas, config(id, spec));
    } catch (e) {
      // a chart that cannot be drawn says so instead of leaving a blank space
      const p = document.createElement('p');
      p.className = 'chart-error';
      p.textContent = 'This chart could not be drawn: ' + e;
      canvas.parentNode.after(p);
    }
  });
})();
