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
# # Theo dõi một chỉ số qua nhiều bài báo
#
# Ô này không xuất hiện trong báo cáo. Dựng lại từ dòng lệnh:
# `make report INDICATOR="ca mắc" CORPUS=../shared/corpora/unc`. `indicator` được tìm trong cột
# đối tượng (`subject`) của các số liệu thống kê, nguyên từ, không phân biệt hoa thường.

# %% tags=["parameters"]
indicator: str = "đảng viên mới"
corpus_name: str = "data/raw"
processed_dir: str = "../data/processed"
lang: str = "vi"

# %%
from toolkit import display, provenance, storage
from toolkit.indicator import series

articles = storage.load_articles(processed_dir)
found = series(storage.load_figures(processed_dir), articles, indicator)

# %%
display.indicator_headline(indicator, found)

# %%
display.indicator_summary(found, indicator, lang=lang)

# %% [markdown]
# ## Diễn biến theo thời gian

# %%
display.indicator_chart(found, indicator, corpus_name)

# %% [markdown]
# ## Từng con số và câu gốc
#
# Ngày là ngày sự kiện khi bài nêu rõ, nếu không là ngày đăng. Số thứ tự khớp với chú thích
# trong phần tóm tắt.

# %%
display.indicator_table(found, articles)

# %%
run = {"indicator": indicator, "corpus_name": corpus_name, "processed_dir": processed_dir,
       "lang": lang}
display.provenance(provenance.record(found["path"].unique(), processed_dir, run))
