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
# # Báo cáo một kho bài báo
#
# Ô này không xuất hiện trong báo cáo. Dựng lại từ dòng lệnh:
# `make report CORPUS=../shared/corpora/unc` (thư mục hoặc tệp .tar.gz/.zip). Bảng dữ liệu
# của kho nằm trong `processed_dir`; `corpus_name` là tên in trên báo cáo.

# %% tags=["parameters"]
corpus_name: str = "data/raw"
processed_dir: str = "../data/processed"
top_n: int = 12
lang: str = "vi"

# %%
from toolkit import display, provenance, storage

articles = storage.load_articles(processed_dir)
figures = storage.load_figures(processed_dir)

# %%
display.corpus_headline(corpus_name, articles)

# %%
display.corpus_summary(articles, figures, processed_dir, lang=lang)

# %% [markdown]
# ## Bài báo theo thời gian

# %%
display.articles_chart(articles, corpus_name)

# %% [markdown]
# ## Số liệu theo loại và chủ đề
#
# Chủ đề lấy từ tên tệp (`news_health_…` → sức khỏe) hoặc từ mục trong đường dẫn URL
# (`/suc-khoe/`); bài không có cả hai mang tên nguồn.

# %%
display.kinds_table(figures, articles)

# %% [markdown]
# ## Những đối tượng được đếm nhiều nhất

# %%
display.subjects_chart(figures, articles, corpus_name, n=top_n)

# %% [markdown]
# ## Những bài nhiều số liệu nhất

# %%
display.busiest_articles(figures, articles, corpus_name)

# %% [markdown]
# ## Cảnh báo cần kiểm tra
#
# Kiểm tra tự động: phần lớn hơn tổng, tỷ lệ trên 100%, ngày trong bài sau ngày đăng, bài
# trùng, ngày đăng và ngày sự kiện lệch nhau… Đây là gợi ý để biên tập viên xem lại, không
# phải lỗi chắc chắn.

# %%
display.warnings_table(articles, figures, processed_dir)

# %% [markdown]
# ## Những con số lớn nhất
#
# Các số lượng lớn nhất trong kho, cùng câu văn chứa chúng.

# %%
display.largest_table(figures, articles, n=top_n)

# %%
run = {"corpus_name": corpus_name, "processed_dir": processed_dir, "top_n": top_n, "lang": lang}
display.provenance(provenance.record(articles["path"], processed_dir, run))
