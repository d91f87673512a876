# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=["remove-cell"]
# # Báo cáo một bài báo
#
# Ô này không xuất hiện trong báo cáo. Chạy lại với bài khác: đổi `article_id` trong ô tham số
# bên dưới (hoặc `toolkit report <article_id>`). Bảng dữ liệu đọc từ `processed_dir`;
# `lang = "en"` viết phần tóm tắt bằng tiếng Anh.

# %% tags=["parameters"]
article_id: str = "000_935c444eb72e4165"
processed_dir: str = "../data/processed"
lang: str = "vi"

# %%
from toolkit import display, provenance, storage

articles = storage.load_articles(processed_dir)
article = articles.set_index("article_id").loc[article_id].rename(article_id)
figures = storage.load_figures(processed_dir).query("article_id == @article_id")

# %%
display.headline(article)

# %% [markdown]
# ## Tóm tắt
#
# Các câu dưới đây do máy viết từ bảng số liệu; số nhỏ sau mỗi ý dẫn tới câu gốc trong bài.

# %%
display.narrative(figures, article, lang=lang)

# %% [markdown]
# ## Số liệu chính

# %%
display.figures_table(figures)

# %% [markdown]
# ## Biểu đồ

# %%
display.chart(figures, article)

# %%
display.fractions_chart(figures, article)

# %% [markdown]
# ## Nguồn gốc số liệu
#
# Mỗi số liệu cùng câu văn chứa nó trong bài, con số được tô đậm.

# %%
display.sources(figures, article)

# %%
run = {"article_id": article_id, "processed_dir": processed_dir, "lang": lang}
display.provenance(provenance.record([article["path"]], processed_dir, run))
