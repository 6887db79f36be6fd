"""What a notebook shows: reading views (escaped HTML), figures, and widgets.

Views return HTML strings in which every piece of document text is escaped; figures return
their matplotlib ``Figure`` and show nothing by themselves; widgets (ipywidgets) hold layout and
wiring only, and share one filter panel. Notebooks import ``workbench`` and ``workbench.ui``.
"""

from ._chart_pick import ChartPicker, mark, marked
from ._chart_pickers import (
    anonymous_picker,
    prevalence_picker,
    term_passages,
    timeline_picker,
    tone_picker,
    topic_term_passages,
    voice_picker,
)
from ._compare_plots import profile_figure, timeline_figure
from ._compare_widgets import CompareExplorer, GroupPicker, alignment_html, filter_alignment
from ._labels import doc_colours, doc_labels, named, source_labels
from ._narrative import (
    describe_alignment,
    describe_corpus,
    describe_kept,
    describe_tone,
    describe_topics,
    describe_voices,
)
from ._panel import Explorer, context_html, csv_safe, save_csv
from ._plots import kinds_per_document
from ._report import ReportRun, refresh_notebooks, run_notebooks, write_report
from ._sentiment_plots import document_labels, hedging_bars, tone_along, tone_by_group
from ._sentiment_views import sentence_html, sentences_html
from ._sentiment_widgets import SentimentExplorer, top_entities
from ._source_plots import named_vs_anonymous_chart, share_of_voice_chart, source_entity_heatmap
from ._source_widgets import QuoteBrowser, kinds_key, quotes_html
from ._topic_plots import distinctive_bars, distinctive_scatter, topic_prevalence, topic_terms
from ._topic_plots import term_positions as term_positions_chart
from ._topic_widgets import CompareReports, KwicExplorer, TopicExplorer
from ._views import article_html, document_overview, kwic_html, repairs_view, set_aside_summary
from ._widgets import CorpusBrowser, FilterPanel, SearchAll

__all__ = [
    "ChartPicker",
    "mark",
    "marked",
    "anonymous_picker",
    "prevalence_picker",
    "term_passages",
    "timeline_picker",
    "tone_picker",
    "topic_term_passages",
    "voice_picker",
    "GroupPicker",
    "doc_colours",
    "doc_labels",
    "named",
    "source_labels",
    "describe_alignment",
    "describe_corpus",
    "describe_kept",
    "describe_tone",
    "describe_topics",
    "describe_voices",
    "Explorer",
    "context_html",
    "csv_safe",
    "save_csv",
    "top_entities",
    "kinds_key",
    "SearchAll",
    "profile_figure",
    "timeline_figure",
    "CompareExplorer",
    "alignment_html",
    "filter_alignment",
    "kinds_per_document",
    "refresh_notebooks",
    "write_report",
    "ReportRun",
    "run_notebooks",
    "document_labels",
    "hedging_bars",
    "tone_along",
    "tone_by_group",
    "sentence_html",
    "sentences_html",
    "SentimentExplorer",
    "named_vs_anonymous_chart",
    "share_of_voice_chart",
    "source_entity_heatmap",
    "QuoteBrowser",
    "quotes_html",
    "distinctive_bars",
    "distinctive_scatter",
    "topic_prevalence",
    "topic_terms",
    "term_positions_chart",
    "CompareReports",
    "KwicExplorer",
    "TopicExplorer",
    "article_html",
    "document_overview",
    "kwic_html",
    "repairs_view",
    "set_aside_summary",
    "CorpusBrowser",
    "FilterPanel",
]
