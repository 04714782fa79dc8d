/* Tacit's small additions to PrimeFaces widgets. */
window.tacit = window.tacit || {};

/*
 * No word is written here: every text a chart shows (titles, tooltips, the quadrants' names, the
 * lengths on the horizon's axis) comes with the chart's configuration from the bundle, in the
 * reader's language, and these extenders only place it.
 */

/**
 * Extender of a chart whose datasets carry their tooltips (p:chart extender="tacit.texts"): each
 * point's text is {@code dataset.texts[i]}, written on the server with the share rounded as the
 * board PDF rounds it.
 */
tacit.texts = function () {
  this.cfg.config.options.plugins.tooltip = {
    callbacks: {
      label: function (item) {
        var texts = item.dataset.texts;
        return texts ? texts[item.dataIndex] : item.formattedValue;
      }
    }
  };
};

/**
 * Extender of the quadrant chart (p:chart extender="tacit.quadrant"): the task on hover (a dot of
 * many tasks close together brings its lines: how many, the first few, their scores' range), its
 * role page on click, and the rule set's thresholds drawn as the lines between the four quadrants.
 */
tacit.quadrant = function () {
  var config = this.cfg.config;
  var options = config.options;
  var limits = options.plugins.quadrants;
  var names = limits.labels;
  options.plugins.tooltip = {
    callbacks: {
      title: function (items) { return items.length ? items[0].raw.task : ''; },
      label: function (item) { return item.raw.lines || [item.raw.role, item.raw.text]; }
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
      ctx.fillText(names.AUTOMATABLE, x.left + 6, y.top + 4);
      ctx.textAlign = 'right';
      ctx.fillText(names.AUGMENTABLE, x.right - 6, y.top + 4);
      ctx.textBaseline = 'bottom';
      ctx.fillText(names.LEARNING_BOUND, x.right - 6, y.bottom - 4);
      ctx.textAlign = 'left';
      ctx.fillText(names.MANUAL, x.left + 6, y.bottom - 4);
      ctx.restore();
    }
  }]);
};

/**
 * Extender of the horizon chart (p:chart extender="tacit.horizon"): release years as plain years,
 * hours on the log scale at lengths a person reads (plugins.lengths: 1 s, 1 min, 1 h, 1 day of
 * 8 h …, written on the server), and each point's model and text on hover. The fitted line's two
 * ends carry no tooltip of their own.
 */
tacit.horizon = function () {
  var options = this.cfg.config.options;
  var lengths = options.plugins.lengths.map(function (l) { return [l.value, l.text]; });
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
      label: function (item) { return item.raw.text; }
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
