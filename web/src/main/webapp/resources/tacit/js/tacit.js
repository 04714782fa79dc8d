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
