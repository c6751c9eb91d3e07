"""Hypothesis profiles: `ci` is a small seeded run inside `make test`; `fuzz` is the long job (`make fuzz`)."""

import os

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None, suppress_health_check=_SLOW_OK,
                          database=None)
settings.register_profile("fuzz", max_examples=int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "25000")),
                          deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
