"""`python -m instagram_graph_api_sdk`: the same as the `instagram-graph` command."""

import sys

from ._cli import main

sys.exit(main())
