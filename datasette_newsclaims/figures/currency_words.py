"""Currency vocabulary: signs and codes before a number, symbols and words after it.

Owns the tables only (data, no logic): :mod:`.money` compiles them into its
patterns at import. To add a currency, add its sign to ``CURRENCY_PREFIX``,
its symbol to ``CURRENCY_SYMBOL_SUFFIX`` and its words (with the factor to the
main unit: ``cents`` 0.01) to ``CURRENCY_WORDS``. Must not hold units of
measure (:mod:`.unit_words`) or context words (:mod:`.lexicon`).
"""
from __future__ import annotations

# currency written before the number (case-sensitive keys, longest first in the regex)
CURRENCY_PREFIX = {
    "US$": "USD", "US $": "USD", "U.S.$": "USD", "U.S. $": "USD", "u.s $": "USD", "us $": "USD",
    "USD$": "USD", "USD $": "USD", "USD": "USD", "$": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CA $": "CAD", "CAD": "CAD",
    "c $": "CAD", "C $": "CAD", "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HK $": "HKD", "hk $": "HKD",
    "HKD": "HKD", "S$": "SGD", "SGD": "SGD", "R$": "BRL", "BRL": "BRL", "NT$": "TWD", "TWD": "TWD",
    "MX$": "MXN", "MXN": "MXN", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY",
    "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "₩": "KRW", "KRW": "KRW", "₽": "RUB", "RUB": "RUB", "₪": "ILS", "NIS": "ILS", "ILS": "ILS",
    "CHF": "CHF", "SFr": "CHF", "RM": "MYR", "MYR": "MYR", "ZAR": "ZAR", "₦": "NGN", "₱": "PHP",
    "PHP": "PHP", "₫": "VND", "₴": "UAH", "₺": "TRY", "TRY": "TRY", "฿": "THB", "THB": "THB",
    "₸": "KZT", "₡": "CRC", "₾": "GEL", "₭": "LAK", "Rp": "IDR", "IDR": "IDR", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "AED": "AED", "SAR": "SAR", "PLN": "PLN", "HUF": "HUF",
    "CZK": "CZK", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$C": "CAD", "$HK": "HKD", "$S": "SGD",
    "AU $": "AUD", "NZ $": "NZD", "US $": "USD", "S $": "SGD", "Y=": "JPY", "Y= ": "JPY", "PS": "GBP",
    "Rs ": "INR", "Rs. ": "INR", "RM ": "MYR", "EUR ": "EUR", "USD ": "USD", "GBP ": "GBP",
}
# currency symbols that may stand right after the number ("100₾", "100 ₡")
CURRENCY_SYMBOL_SUFFIX = {
    "€": "EUR", "£": "GBP", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "₦": "NGN", "₱": "PHP",
    "₫": "VND", "₴": "UAH", "₺": "TRY", "฿": "THB", "₸": "KZT", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₪": "ILS",
}
# currency words after the number, lower-cased; value: (ISO code, factor to the main unit)
CURRENCY_WORDS = {
    "dollars": ("USD", 1), "dollar": ("USD", 1), "bucks": ("USD", 1),
    "us dollars": ("USD", 1), "us dollar": ("USD", 1), "u.s. dollars": ("USD", 1),
    "american dollars": ("USD", 1),
    "australian dollars": ("AUD", 1), "australian dollar": ("AUD", 1),
    "canadian dollars": ("CAD", 1), "canadian dollar": ("CAD", 1),
    "new zealand dollars": ("NZD", 1), "hong kong dollars": ("HKD", 1),
    "singapore dollars": ("SGD", 1), "taiwan dollars": ("TWD", 1),
    "new taiwan dollars": ("TWD", 1), "zimbabwe dollars": ("ZWL", 1),
    "euros": ("EUR", 1), "euro": ("EUR", 1),
    "pounds sterling": ("GBP", 1), "sterling": ("GBP", 1), "british pounds": ("GBP", 1),
    "yen": ("JPY", 1), "japanese yen": ("JPY", 1), "yuan": ("CNY", 1), "renminbi": ("CNY", 1),
    "chinese yuan": ("CNY", 1),
    "rupees": ("INR", 1), "rupee": ("INR", 1), "indian rupees": ("INR", 1),
    "pakistani rupees": ("PKR", 1), "sri lankan rupees": ("LKR", 1),
    "ringgit": ("MYR", 1), "won": ("KRW", 1), "rand": ("ZAR", 1),
    "swiss francs": ("CHF", 1), "swiss franc": ("CHF", 1), "francs": ("FRF", 1), "franc": ("FRF", 1),
    "pesos": ("MXN", 1), "peso": ("MXN", 1), "pesetas": ("ESP", 1),
    "finnish markka": ("FIM", 1), "markka": ("FIM", 1), "marks": ("DEM", 1),
    "deutsche marks": ("DEM", 1), "dutch guilders": ("NLG", 1), "guilders": ("NLG", 1),
    "danish crowns": ("DKK", 1), "danish kroner": ("DKK", 1), "swedish crowns": ("SEK", 1),
    "swedish kronor": ("SEK", 1), "norwegian crowns": ("NOK", 1), "norwegian kroner": ("NOK", 1),
    "kronor": ("SEK", 1), "kroner": ("NOK", 1), "krona": ("SEK", 1),
    "rubles": ("RUB", 1), "roubles": ("RUB", 1), "ruble": ("RUB", 1), "shekels": ("ILS", 1),
    "baht": ("THB", 1), "dirhams": ("AED", 1), "riyals": ("SAR", 1), "lira": ("TRY", 1),
    "liras": ("TRY", 1), "reais": ("BRL", 1), "naira": ("NGN", 1), "rupiah": ("IDR", 1),
    "dong": ("VND", 1), "zloty": ("PLN", 1), "kuna": ("HRK", 1), "drams": ("AMD", 1),
    "hryvnia": ("UAH", 1), "forint": ("HUF", 1), "bitcoin": ("BTC", 1), "bitcoins": ("BTC", 1),
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "pennies": ("GBP", 0.01), "euro cents": ("EUR", 0.01), "sen": ("MYR", 0.01),
    "usd": ("USD", 1), "eur": ("EUR", 1), "gbp": ("GBP", 1), "jpy": ("JPY", 1), "cny": ("CNY", 1),
    "cad": ("CAD", 1), "aud": ("AUD", 1), "chf": ("CHF", 1), "inr": ("INR", 1), "hkd": ("HKD", 1),
}
# "pounds" is money only with a scale word ("361 million pounds") or "£"; else weight
