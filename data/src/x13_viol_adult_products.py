# Second batch (x*): regulated.adult_products.  Sex toys, adult stores,
# condoms and lube, enhancement devices and sprays, love dolls.  Plain
# product ads (adl only) as well as ones with sexual framing (adl, sug) or
# explicit description (adl, sx).  Compliant near-misses (menstrual,
# pelvic-floor, incontinence, massage guns) are in x03/x05.
DATA = r"""
@ vertical=adult lang=en
Rabbit Vibrator, 12 Speeds | Body-safe silicone, USB rechargeable, whisper quiet. $39 today. | adl
~12-Speed Rabbit, Now $39 | Rechargeable, body-safe silicone and near silent. | adl
Wand Massager, the Bedroom Classic | Plug-in power, 8 patterns, discreet plain-box shipping. | adl
App-Controlled Couples Vibe | Long-distance? Let them take control from anywhere. Bluetooth, 10 modes. | adl, sug
Beginner's Toy Kit | Five toys, a cleaner and a guide for couples starting to explore. | adl
Butt Plug Trio | Starter, medium and large in medical-grade silicone. | adl
Prostate Massager for Men | Hands-free, rechargeable, 7 vibration settings. Ships discreetly. | adl
Truck Stop Pleasure Palace | Stretch your legs and browse 3,000 toys and novelties. Trucker discount with CDL. | adl
~Pleasure Palace at the Truck Stop | Thousands of toys and novelties, CDL holders save 10%. | adl
Pleasure Boutique Pop-Up | Toys, oils and books curated by women, for women. Saturday only at the Mill. | adl
Sex Shop Gift Cards | Give the gift of a great night. Any amount, redeemable online. | adl
Ultra-Thin Condoms, 36 Pack | Feels like nothing at all. Lubricated, latex, $14.99. | adl
Glow-in-the-Dark Condoms | Party favour packs of 12. Novelty fun that's still protection. | adl
Flavoured Condom Sampler | Strawberry, mint and cola. Try them all for $9. | adl, sug
Condom Subscription | A fresh box every month so you're never caught out. From $6. | adl
Silicone Lube, Long-Lasting | Waterproof, non-sticky, 8 oz bottle. Great for shower fun. | adl, sug
Warming Massage Lube | Heats up on contact for extra sensation. Two for $18. | adl
Anal Relaxing Gel | Numbing gel for more comfortable play. Discreet shipping. | adl
Natural Lube for Sensitive Skin | Aloe-based, pH balanced, glycerin-free. | adl
Delay Spray for Men | Last longer tonight with one spray. Ships in an unmarked envelope. | adl, sug
Enlargement Pump Pro | Gauge, quick release and a comfort seal. Results in 30 days. | adl, hc
Extender Device: 3 Inches in 90 Days | Traction system, doctor-designed, money-back guarantee. | adl, hc
Female Arousal Serum | A few drops and she'll be begging for more. | adl, sug
Horny Goat Weed Gummies | Herbal libido booster for him and her. Feel the difference tonight. | adl, sug
Vibrating Ring for Him and Her | Couples' vibe that stays put. Three intensities, splash-proof, $24. | adl
Premium Silicone Love Doll | Lifelike companion with customizable wig, eyes and skin tone. Pay in 4. | adl
Torso Doll Clearance | Compact, realistic, easy to clean. 40% off floor models. | adl
Male Masturbator Cup | Realistic texture, reusable, dishwasher-safe sleeve. | adl
Interactive Stroker with VR | Syncs with thousands of adult videos. | adl, sx
Bondage Starter Set | Cuffs, blindfold, feather tickler and silky ties. | adl, sug
Leather Harness Collection | Hand-stitched fetish harnesses, made to order. | adl, sug
Paddle and Crop Duo | For when someone's been bad. Faux leather, gift-boxed. | adl, sug
Sex Swing With Door Mount | Installs in two minutes, holds up to 300 lbs. | adl
Wedge Pillow for Better Angles | The bedroom cushion that makes every position easier. | adl, sug
Naughty Advent Calendar | 24 days of toys, lubes and surprises for adults. | adl, sug
Bachelorette Box | Penis straws, willy whistles and a mini vibe for the bride. | adl
Adult Toy Trade-In | Send us your old vibrator, get 30% off a new one. Recycled responsibly. | adl
Toy Party Consultants Wanted | Sell adult toys at home parties and earn 35% commission. | adl
Intimate Jewelry | Nipple clamps with crystal charms. Adjustable, gift-boxed. | adl, sug
Stay-Hard Supplement Stack | Blood-flow pills plus a sensitivity gel. Feel 18 again. | adl, hc, sug
@ vertical=retail lang=en
Spring Cleaning Sale at Pleasure Chest | Out with the old toys, in with the new. 25% off all vibrators. | adl
Discreet Delivery in 1 Hour | Condoms, lube and toys delivered to your door in an unmarked bag. | adl
Vending: Condoms and Toys | Stock your bar bathroom with our adult vending machines. Revenue share. | adl
@ vertical=adult lang=en tricky=1
V1brators from $9.99 💜 | 50 styles, body-safe, plain-box shipping. | adl
s3x t0ys clearance | Everything under $20 while stock lasts. Ships unmarked. | adl
🍆 pump 🍆 bigger in 30 days | Vacuum enhancer, money back if you don't grow. | adl, hc
"Personal massager" 😉 | Not for your shoulders. 10 speeds, waterproof. | adl, sug
L.u.b.e + c.o.n.d.o.m bundle | 48 condoms and a 4 oz lube for $19. | adl
Adult t0ys 4 couples 🔥 | Take the long weekend up a notch. 30% off with code SPICY. | adl, sug
R3alistic d0lls 💕 | Full-size silicone companions, ships in plain crate. Financing OK. | adl
"Wellness wand" (wink) | The wand everyone's talking about, now in rose gold. | adl
@ vertical=adult lang=es
Tienda Erótica en Malasaña | Succionadores, arneses y lubricantes. Abierto hasta las 22 h, asesoramiento sin vergüenza. | adl
Preservativos Ultrafinos | Caja de 24 por 9,99 €. Siente más. | adl
@ vertical=adult lang=fr
Sextoys Livrés en 24 h | Vibromasseurs, boules de geisha et huiles, colis anonyme. | adl
@ vertical=adult lang=de
Liebesspielzeug im Sale | Vibratoren und Paar-Toys bis zu 40 % reduziert, neutraler Versand. | adl
@ vertical=adult lang=pt
Kit Noite a Dois | Gel excitante, anel vibratório e dado erótico. Compre hoje, chega amanhã em embalagem neutra. | adl, sug
@ vertical=adult lang=it
Lubrificante Intimo Riscaldante | Effetto calore per serate speciali. Due confezioni a 15 €. | adl, sug
"""
