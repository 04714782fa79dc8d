/* Tacit's small additions to PrimeFaces widgets. */
window.tacit = window.tacit || {};

/**
 * Extender of the quadrant chart (p:chart extender="tacit.quadrant"): the task on hover, its role
 * page on click, and the rule set's thresholds drawn as the lines between the four quadrants.
 */
tacit.quadrant = function () {
  var config = this.cfg.config;
  var options = config.options;
  var limits = options.plugins.quadrants;
  options.plugins.tooltip = {
    callbacks: {
      title: function (items) { return items.length ? items[0].raw.task : ''; },
      label: function (item) {
        var p = item.raw;
        return [p.role, 'L ' + Math.round(p.x) + ' · A ' + Math.round(p.y) + ' · confidence ' + p.confidence + ' %'];
      }
    }
  };
  options.onHover = function (event, elements) {
    event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
  };
  options.onClick = function (event, elements) {
    if (elements.length) {
      var point = this.data.datasets[elements[0].datasetIndex].data[elements[0].index];
      window.location.href = point.href;
    }
  };
  config.plugins = (config.plugins || []).concat([{
    id: 'quadrants',
    beforeDatasetsDraw: function (chart) {
      var x = chart.scales.x, y = chart.scales.y, ctx = chart.ctx;
      var lx = x.getPixelForValue(limits.learningNeed), ay = y.getPixelForValue(limits.automationReadiness);
      ctx.save();
      ctx.strokeStyle = '#94a3b8';
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(lx, y.top); ctx.lineTo(lx, y.bottom);
      ctx.moveTo(x.left, ay); ctx.lineTo(x.right, ay);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#64748b';
      ctx.font = '12px sans-serif';
      ctx.textBaseline = 'top';
      ctx.fillText('Automatable', x.left + 6, y.top + 4);
      ctx.textAlign = 'right';
      ctx.fillText('Augmentable', x.right - 6, y.top + 4);
      ctx.textBaseline = 'bottom';
      ctx.fillText('Learning-bound', x.right - 6, y.bottom - 4);
      ctx.textAlign = 'left';
      ctx.fillText('Manual', x.left + 6, y.bottom - 4);
      ctx.restore();
    }
  }]);
};

/**
 * Extender of the horizon chart (p:chart extender="tacit.horizon"): release years as plain years,
 * hours on the log scale at lengths a person reads (1 s, 1 min, 1 h, 1 day of 8 h …), and each
 * point's model on hover. The fitted line's two ends carry no tooltip of their own.
 */
tacit.horizon = function () {
  var options = this.cfg.config.options;
  var lengths = [[1 / 3600, '1 s'], [10 / 3600, '10 s'], [1 / 60, '1 min'], [10 / 60, '10 min'], [1, '1 h'],
    [8, '8 h'], [40, '40 h'], [160, '160 h'], [1000, '1,000 h']];
  options.scales.x.ticks = { stepSize: 1, callback: function (value) { return Number.isInteger(value) ? String(value) : ''; } };
  options.scales.y.afterBuildTicks = function (axis) {
    axis.ticks = lengths.filter(function (l) { return l[0] >= axis.min && l[0] <= axis.max; })
      .map(function (l) { return { value: l[0] }; });
  };
  options.scales.y.ticks = {
    callback: function (value) {
      var found = lengths.filter(function (l) { return Math.abs(l[0] - value) < value * 1e-6; });
      return found.length ? found[0][1] : '';
    }
  };
  options.plugins.tooltip = {
    filter: function (item) { return !item.raw.trend; },
    callbacks: {
      title: function (items) { return items.length ? items[0].raw.model : ''; },
      label: function (item) { return item.dataset.label + ', ' + item.raw.text; }
    }
  };
};

/**
 * Paginator reports ("1–50 of 100,370") with numbers grouped as the page's language writes them:
 * PrimeFaces fills the template with bare digits, on the server and again in the browser on every
 * page change, so the digits are regrouped after both.
 */
tacit.groupPageReports = function (root) {
  var format = new Intl.NumberFormat(document.documentElement.lang || 'en');
  (root || document).querySelectorAll('.ui-paginator-current').forEach(function (report) {
    report.textContent = report.textContent.replace(/\d+/g, function (digits) {
      return format.format(Number(digits));
    });
  });
};

window.addEventListener('load', function () {
  tacit.groupPageReports();
  var paginator = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Paginator;
  if (paginator && !paginator.prototype.tacitGrouped) {
    var updateUI = paginator.prototype.updateUI;
    paginator.prototype.updateUI = function () {
      updateUI.apply(this, arguments);
      if (this.currentReport) {
        tacit.groupPageReports(this.jq && this.jq.get(0) ? this.jq.get(0) : document);
      }
    };
    paginator.prototype.tacitGrouped = true;
  }
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () { tacit.groupPageReports(); });
  }
});
