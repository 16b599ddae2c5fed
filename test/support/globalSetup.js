// Dates in fixtures and expectations are UTC; a developer's local zone must not change results.
module.exports = async () => {
  process.env.TZ = "UTC";
};
