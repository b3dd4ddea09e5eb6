"""The candidate's research on the company: the records (``records``) and what the website says."""
