// Old libraries extended the built-ins with enumerable members.
Array.prototype.first = function () { return this[0]; };
Array.prototype.remove = function (x) { const i = this.indexOf(x); if (i >= 0) this.splice(i, 1); return this; };
Object.prototype.extend = function (o) { for (const k in o) this[k] = o[k]; return this; };
Object.prototype.isHostile = true;
window.hostileInstalled = true;
